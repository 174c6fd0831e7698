package org.surgepolicy.bootstrap.faults;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default as the README's first command runs it (an H2 file under ./data, with the URL of
 * application.yml), its JVM killed with SIGKILL under sixteen writers: every acknowledged submission survives.
 */
class FaultsH2IT {

    @TempDir
    Path folder;

    @Test
    void theEmbeddedDefaultKilledUnderLoadKeepsEveryAcknowledgedSubmission() throws Exception {
        Faults.killUnderLoad("killed-under-load-h2", folder, List.of(), "jdbc:h2:file:"
            + folder.resolve("data/surge") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "sa");
    }
}
