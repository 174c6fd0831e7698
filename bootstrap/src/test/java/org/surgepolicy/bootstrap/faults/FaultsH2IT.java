package org.surgepolicy.bootstrap.faults;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.surgepolicy.adapter.persistence.H2Urls;

/**
 * The embedded default as the README's first command runs it (an H2 file under ./data, with the URL of
 * application.yml), its JVM killed with SIGKILL under sixteen writers: every acknowledged submission survives.
 */
class FaultsH2IT {

    @TempDir
    Path folder;

    @Test
    void theEmbeddedDefaultKilledUnderLoadKeepsEveryAcknowledgedSubmission() throws Exception {
        Faults.killUnderLoad("killed-under-load-h2", folder, List.of(), H2Urls.file(folder.resolve("data/surge")),
            "sa");
    }
}
