package org.surgepolicy.bootstrap.metrics;

import static org.surgepolicy.bootstrap.metrics.MeterNames.ROWS;
import static org.surgepolicy.bootstrap.metrics.MeterNames.SOURCE;
import static org.surgepolicy.bootstrap.metrics.MeterNames.SUBMISSION_GROUPS;
import static org.surgepolicy.bootstrap.metrics.MeterNames.TALLIES_RECEIVED;
import static org.surgepolicy.bootstrap.metrics.MeterNames.TALLIES_REJECTED;
import static org.surgepolicy.bootstrap.metrics.MeterNames.TALLIES_REVISED;
import static org.surgepolicy.bootstrap.metrics.MeterNames.TALLIES_UNCHANGED;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.ToLongFunction;

/** The tally row counters, by source, whichever way the rows arrive (a submission, a daily file). */
public final class TallyCounters {

    private final MeterRegistry registry;
    private final SourceTags sources;

    public TallyCounters(MeterRegistry registry, SourceTags sources) {
        this.registry = registry;
        this.sources = sources;
    }

    /** Rows of an accepted submission or import: all received, some stored as new revisions, the others no-ops. */
    void stored(String source, long received, long revised, long unchanged) {
        String tag = sources.of(source);
        count(TALLIES_RECEIVED, "Tally rows received in accepted submissions and imports", tag, received);
        count(TALLIES_REVISED, "Tally rows stored as a new revision (a new key or another count)", tag, revised);
        count(TALLIES_UNCHANGED, "Tally rows equal to the latest revision of their key, which change nothing", tag,
            unchanged);
    }

    /**
     * Counts the groups in which concurrent submissions were stored, one transaction each, as {@code groups} reads
     * them from {@code counter} (held weakly by the meter, so it must be an object the service keeps, such as the
     * submission service itself): beside the submissions' rate, how many each group served.
     */
    public static <T> void groupsStored(MeterRegistry registry, T counter, ToLongFunction<T> groups) {
        FunctionCounter.builder(SUBMISSION_GROUPS, counter, c -> groups.applyAsLong(c))
            .description("Groups in which concurrent submissions were stored, one transaction, one lock of the ledger"
                + " and one evaluation of every policy each")
            .register(registry);
    }

    /** Rows refused: not stored. */
    void rejected(String source, long rows) {
        count(TALLIES_REJECTED, "Tally rows refused, none of them stored: every row of a submission answered 400, "
            + "the bad lines of an import, every line of an import rejected whole", sources.of(source), rows);
    }

    private void count(String name, String description, String source, long rows) {
        Counter.builder(name).tag(SOURCE, source).baseUnit(ROWS).description(description).register(registry)
            .increment(rows);
    }
}
