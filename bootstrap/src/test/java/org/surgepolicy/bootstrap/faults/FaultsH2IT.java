package org.surgepolicy.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

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
        Faults.LoadResult result = Faults.killUnderLoad("killed-under-load-h2", folder, List.of(),
            H2Urls.file(folder.resolve("data/surge")), "sa");

        assertThat(result.acknowledged()).as("submissions acknowledged before the kill").isGreaterThanOrEqualTo(150);
        assertThat(result.check().found()).as("found afterwards").isGreaterThanOrEqualTo(result.acknowledged());
        result.assertNothingLost();
    }
}
