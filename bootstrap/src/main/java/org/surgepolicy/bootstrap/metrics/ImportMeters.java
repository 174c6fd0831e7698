package org.surgepolicy.bootstrap.metrics;

import static org.surgepolicy.bootstrap.metrics.MeterNames.FORMAT;
import static org.surgepolicy.bootstrap.metrics.MeterNames.IMPORTS;
import static org.surgepolicy.bootstrap.metrics.MeterNames.STATUS;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.List;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportStatus;

/**
 * The import counter by format and how the import ended, present from the start at 0 for every format and ending: a
 * rule's {@code increase()} sees the first failure only when the series existed before it.
 */
public final class ImportMeters implements MeterBinder {

    private final ImportFormats formats;

    public ImportMeters(ImportFormats formats) {
        this.formats = formats;
    }

    /** The endings counted: finished (completed, rejected) or failed (a job that can be resumed). */
    static final List<ImportStatus> ENDINGS = List.of(ImportStatus.COMPLETED, ImportStatus.REJECTED,
        ImportStatus.FAILED);

    static Counter imports(MeterRegistry registry, ImportFormat format, ImportStatus status) {
        return Counter.builder(IMPORTS).tag(FORMAT, format.code()).tag(STATUS, status.name())
            .description("Imports of a file that ended, by format and status: COMPLETED, REJECTED (too many bad "
                + "lines, nothing stored), FAILED (the job failed; the import can be restarted)")
            .register(registry);
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ImportFormat format : formats.all()) {
            for (ImportStatus status : ENDINGS) {
                imports(registry, format, status);
            }
        }
    }
}
