package org.surgepolicy.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.FailImportUseCase;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportStatus;

/**
 * Recording an import's failure, counting it under {@code status=FAILED}: once for each run of its job that failed
 * (an import restarted and failing again counts again), not when a failure is recorded twice.
 */
public final class MeteredFailImport implements FailImportUseCase {

    private final FailImportUseCase fail;
    private final MeterRegistry registry;

    public MeteredFailImport(FailImportUseCase fail, MeterRegistry registry) {
        this.fail = fail;
        this.registry = registry;
    }

    @Override
    public Outcome<ImportRun> fail(long importId, String reason) {
        return counted(fail.fail(importId, reason));
    }

    @Override
    public Outcome<ImportRun> fail(long importId, long seenAttempt, String reason) {
        return counted(fail.fail(importId, seenAttempt, reason));
    }

    private Outcome<ImportRun> counted(Outcome<ImportRun> failed) {
        failed.toOptional()
            .ifPresent(run -> ImportMeters.imports(registry, run.format(), ImportStatus.FAILED).increment());
        return failed;
    }
}
