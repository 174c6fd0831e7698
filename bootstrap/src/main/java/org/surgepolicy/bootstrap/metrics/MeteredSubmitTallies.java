package org.surgepolicy.bootstrap.metrics;

import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;

/**
 * Submitting tallies, counting the rows by what became of them and by the submission's source. The use case stores
 * all rows of a submission or none: a refused submission (a 400) counts every one of its rows as rejected.
 */
public final class MeteredSubmitTallies implements SubmitTalliesUseCase {

    private final SubmitTalliesUseCase submit;
    private final TallyCounters tallies;

    public MeteredSubmitTallies(SubmitTalliesUseCase submit, TallyCounters tallies) {
        this.submit = submit;
        this.tallies = tallies;
    }

    @Override
    public Outcome<Receipt> submit(Command command) {
        Outcome<Receipt> outcome = submit.submit(command);
        switch (outcome) {
            case Outcome.Done<Receipt> done -> tallies.stored(command.source(), done.value().received(),
                done.value().added() + done.value().revised(), done.value().unchanged());
            case Outcome.Invalid<Receipt> invalid -> tallies.rejected(command.source(), command.rows().size());
            case Outcome.NotFound<Receipt> notFound -> {
                // Submissions name no policy: there is nothing they could fail to find.
            }
            case Outcome.Conflict<Receipt> conflict -> {
                // Submissions conflict with nothing: every row is stored as a revision.
            }
        }
        return outcome;
    }
}
