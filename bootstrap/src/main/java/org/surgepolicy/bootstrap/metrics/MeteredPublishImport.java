package org.surgepolicy.bootstrap.metrics;

import static org.surgepolicy.bootstrap.metrics.MeterNames.FORMAT;
import static org.surgepolicy.bootstrap.metrics.MeterNames.IMPORT_LINES;
import static org.surgepolicy.bootstrap.metrics.MeterNames.LINES;
import static org.surgepolicy.bootstrap.metrics.MeterNames.OUTCOME;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.PublishImportUseCase;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportStatus;
import org.surgepolicy.domain.imports.StatisticsFormat;
import org.surgepolicy.domain.imports.TallyFormat;

/**
 * Publishing an import, counting it by format and how it ended, its lines by what became of them, and, for a file of
 * tallies, its rows in the tally counters, as a submission's rows are, under the source {@code import:daily}: each
 * import's own source names the import, which would make a time series of every file. A completed import stores its
 * valid rows and refuses the others; a rejected one (too many bad lines) stores none of them.
 */
public final class MeteredPublishImport implements PublishImportUseCase {

    static final String SOURCE_PREFIX = "import:";

    private final PublishImportUseCase publish;
    private final MeterRegistry registry;
    private final TallyCounters tallies;
    /** A publish step run again (a restarted job) answers the import as it was: count each import once. */
    private final Set<Long> counted = ConcurrentHashMap.newKeySet();

    public MeteredPublishImport(PublishImportUseCase publish, MeterRegistry registry, TallyCounters tallies) {
        this.publish = publish;
        this.registry = registry;
        this.tallies = tallies;
    }

    @Override
    public Outcome<ImportRun> publish(long importId) {
        Outcome<ImportRun> outcome = publish.publish(importId);
        outcome.toOptional().filter(run -> run.status().finished() && counted.add(run.id())).ifPresent(this::count);
        return outcome;
    }

    private void count(ImportRun run) {
        String format = run.format().code();
        ImportMeters.imports(registry, run.format(), run.status()).increment();
        boolean stored = run.status() == ImportStatus.COMPLETED;
        lines(format, "imported", stored ? run.rowsImported() : 0);
        lines(format, "rejected", stored ? run.rowsRejected() : run.linesRead());
        switch (run.format()) {
            case TallyFormat _ -> {
                String source = SOURCE_PREFIX + format;
                if (stored) {
                    tallies.stored(source, run.rowsImported(), run.rowsRevised(), run.rowsUnchanged());
                }
                tallies.rejected(source, stored ? run.rowsRejected() : run.linesRead());
            }
            case StatisticsFormat _ -> {
                // Published statistics are not tallies: only the import counters above count them.
            }
        }
    }

    private void lines(String format, String outcome, long lines) {
        Counter.builder(IMPORT_LINES).tag(FORMAT, format).tag(OUTCOME, outcome).baseUnit(LINES)
            .description("Data lines of the imports that ended: imported (stored), or rejected (not stored)")
            .register(registry).increment(lines);
    }
}
