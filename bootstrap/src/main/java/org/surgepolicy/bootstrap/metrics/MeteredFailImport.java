package org.surgepolicy.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.surgepolicy.application.port.in.FailImportUseCase;
import org.surgepolicy.application.port.in.GetImportQuery;
import org.surgepolicy.application.port.out.ImportStatus;

/**
 * Recording an import's failure, counting it under {@code status=FAILED}: once for each run of its job that failed
 * (an import restarted and failing again counts again), not when a failure is recorded twice.
 */
final class MeteredFailImport implements FailImportUseCase {

    private final FailImportUseCase fail;
    private final GetImportQuery imports;
    private final MeterRegistry registry;

    MeteredFailImport(FailImportUseCase fail, GetImportQuery imports, MeterRegistry registry) {
        this.fail = fail;
        this.imports = imports;
        this.registry = registry;
    }

    @Override
    public void fail(long importId, String reason) {
        boolean failedBefore = imports.find(importId).map(run -> run.status() == ImportStatus.FAILED).orElse(false);
        fail.fail(importId, reason);
        imports.find(importId).filter(run -> !failedBefore && run.status() == ImportStatus.FAILED)
            .ifPresent(run -> ImportMeters.imports(registry, run.format(), ImportStatus.FAILED).increment());
    }
}
