package org.surgepolicy.bootstrap.metrics;

import static org.surgepolicy.bootstrap.metrics.MeterNames.ROWS;
import static org.surgepolicy.bootstrap.metrics.MeterNames.SOURCE;
import static org.surgepolicy.bootstrap.metrics.MeterNames.TALLIES_RECEIVED;
import static org.surgepolicy.bootstrap.metrics.MeterNames.TALLIES_REJECTED;
import static org.surgepolicy.bootstrap.metrics.MeterNames.TALLIES_REVISED;
import static org.surgepolicy.bootstrap.metrics.MeterNames.TALLIES_UNCHANGED;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.surgepolicy.application.port.in.Outcome;
import org.surgepolicy.application.port.in.SubmitTalliesUseCase;

/**
 * Submitting tallies, counting the rows by what became of them and by the submission's source. The use case stores
 * all rows of a submission or none: a refused submission (a 400) counts every one of its rows as rejected.
 */
final class MeteredSubmitTallies implements SubmitTalliesUseCase {

    private final SubmitTalliesUseCase submit;
    private final MeterRegistry registry;
    private final SourceTags sources;

    MeteredSubmitTallies(SubmitTalliesUseCase submit, MeterRegistry registry, SourceTags sources) {
        this.submit = submit;
        this.registry = registry;
        this.sources = sources;
    }

    @Override
    public Outcome<Receipt> submit(Command command) {
        Outcome<Receipt> outcome = submit.submit(command);
        String source = sources.of(command.source());
        switch (outcome) {
            case Outcome.Done<Receipt> done -> {
                count(TALLIES_RECEIVED, "Tally rows received in accepted submissions", source,
                    done.value().received());
                count(TALLIES_REVISED, "Tally rows stored as a new revision (a new key or another count)", source,
                    done.value().revised());
                count(TALLIES_UNCHANGED, "Tally rows equal to the latest revision of their key, which change nothing",
                    source, done.value().unchanged());
            }
            case Outcome.Invalid<Receipt> invalid -> count(TALLIES_REJECTED,
                "Tally rows refused: every row of a submission answered 400, since none of its rows is stored", source,
                command.rows().size());
            case Outcome.NotFound<Receipt> notFound -> {
                // Submissions name no policy: there is nothing they could fail to find.
            }
        }
        return outcome;
    }

    private void count(String name, String description, String source, long rows) {
        Counter.builder(name).tag(SOURCE, source).baseUnit(ROWS).description(description).register(registry)
            .increment(rows);
    }
}
