package org.surgepolicy.bootstrap.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.FailImportUseCase;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;
import org.surgepolicy.domain.imports.ImportStatus;

/**
 * A failed import is counted under FAILED once for each failed run of its job; the import counters are all there at
 * 0 from the start, so that a rule sees the first failure as an increase.
 */
class MeteredFailImportTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicReference<ImportStatus> status = new AtomicReference<>(ImportStatus.RUNNING);

    private ImportRun run(long importId) {
        return new ImportRun(importId, ImportFormats.DAILY, "file.csv", "stored", "0".repeat(64), 100,
            ImportState.of(status.get(), "its reason", null), 0, "import-7 file.csv",
            Instant.parse("2024-08-10T13:00:00Z"), "operator", 3L, 0, 0, 0, 0, 0, "node-a", 1, Instant.parse("2024-08-10T13:00:00Z"));
    }

    /** As the import service does: a queued or running import becomes FAILED, any other stays as it is. */
    private final FailImportUseCase service = new FailImportUseCase() {
        @Override
        public Outcome<ImportRun> fail(long importId, String reason) {
            if (!status.get().active()) {
                return new Outcome.InConflict<>("import " + importId + " is " + status.get());
            }
            status.set(ImportStatus.FAILED);
            return new Outcome.Done<>(run(importId));
        }

        @Override
        public Outcome<ImportRun> fail(long importId, long seenAttempt, String reason) {
            return fail(importId, reason);
        }
    };
    private final MeteredFailImport fail = new MeteredFailImport(service, registry);

    private double failed(ImportFormat format) {
        return registry.get("surge.imports").tag("format", format.code()).tag("status", "FAILED").counter().count();
    }

    @Test
    void everyFormatAndEndingIsCountedFromZero() {
        new ImportMeters(ImportFormats.standard()).bindTo(registry);

        for (ImportFormat format : ImportFormats.standard().all()) {
            for (String ending : new String[] {"COMPLETED", "REJECTED", "FAILED"}) {
                assertThat(registry.get("surge.imports").tag("format", format.code()).tag("status", ending)
                    .counter().count()).as(format + " " + ending).isZero();
            }
        }
    }

    @Test
    void eachFailedRunIsCountedOnceNotEachTimeItsFailureIsRecorded() {
        new ImportMeters(ImportFormats.standard()).bindTo(registry);

        fail.fail(7, "the disk is full");
        assertThat(failed(ImportFormats.DAILY)).isEqualTo(1.0);

        fail.fail(7, "the disk is full");
        assertThat(failed(ImportFormats.DAILY)).as("already failed").isEqualTo(1.0);

        status.set(ImportStatus.RUNNING);
        fail.fail(7, "the disk is still full");
        assertThat(failed(ImportFormats.DAILY)).as("restarted and failed again").isEqualTo(2.0);
        assertThat(failed(ImportFormats.CBP_NATIONWIDE)).isZero();
    }

    @Test
    void aFinishedImportIsNotCountedAsFailed() {
        status.set(ImportStatus.COMPLETED);

        fail.fail(7, "too late");

        assertThat(registry.find("surge.imports").tag("status", "FAILED").counter()).isNull();
    }
}
