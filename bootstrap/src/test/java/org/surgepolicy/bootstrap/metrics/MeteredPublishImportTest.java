package org.surgepolicy.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;
import org.surgepolicy.domain.imports.ImportStatus;

/** An import is counted once when it ends; one rejected whole counts every line it read as rejected. */
class MeteredPublishImportTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();

    private static ImportRun run(ImportFormat format, ImportStatus status, long read, long revised, long unchanged,
                                 long rejected) {
        return new ImportRun(7, format, "file.csv", "stored", "0".repeat(64), 100,
            ImportState.of(status, "its reason", null), 0, "import-7 file.csv", Instant.parse("2024-08-10T13:00:00Z"),
            "operator", 3L, read, revised + unchanged, rejected, revised, unchanged, "test-node", 0, Instant.parse("2024-08-10T13:00:00Z"));
    }

    private double count(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    @Test
    void anImportRejectedWholeStoresNoneOfItsLines() {
        MeteredPublishImport publish = new MeteredPublishImport(id -> new Outcome.Done<>(run(ImportFormats.DAILY,
            ImportStatus.REJECTED, 10, 0, 0, 4)), registry, new TallyCounters(registry, new SourceTags(10)));

        publish.publish(7);

        assertThat(count("surge.imports", "format", "daily", "status", "REJECTED")).isEqualTo(1.0);
        assertThat(count("surge.import.lines", "outcome", "rejected")).isEqualTo(10.0);
        assertThat(count("surge.import.lines", "outcome", "imported")).isZero();
        assertThat(count("surge.tallies.rejected", "source", "import:daily")).isEqualTo(10.0);
        assertThat(registry.find("surge.tallies.received").counter()).isNull();
    }

    @Test
    void anImportPublishedAgainIsCountedOnce() {
        MeteredPublishImport publish = new MeteredPublishImport(id -> new Outcome.Done<>(run(
            ImportFormats.CBP_NATIONWIDE, ImportStatus.COMPLETED, 5, 3, 1, 1)), registry,
            new TallyCounters(registry, new SourceTags(10)));

        publish.publish(7);
        publish.publish(7);

        assertThat(count("surge.imports", "format", "cbp-monthly", "status", "COMPLETED")).isEqualTo(1.0);
        assertThat(count("surge.import.lines", "outcome", "imported")).isEqualTo(4.0);
        assertThat(registry.find("surge.tallies.received").counter()).as("statistics are not tallies").isNull();
    }
}
