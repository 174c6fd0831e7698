package org.surgepolicy.application.tally.port.in;

import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.tally.TallySource;
import org.surgepolicy.domain.validation.InvalidValueException;

/** Submit daily tallies: all rows are stored or none, and every policy's status is recomputed before answering. */
public interface SubmitTalliesUseCase {

    /** The most rows one submission may hold. */
    int MAX_ROWS = 50_000;

    /**
     * Checks and stores a submission.
     *
     * @throws LedgerBusy when the ledger's lock was not had within the wait a submission is allowed
     */
    Outcome<Receipt> submit(Command command);

    /**
     * A submission that could not have the ledger's lock within the wait it is allowed (the service's setting, or else
     * the database's lock timeout), because another change held it for longer (the publish of a large import holds it
     * until it commits): nothing of it was stored, and it can be sent again.
     */
    final class LedgerBusy extends RuntimeException {

        public LedgerBusy(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** One row as it arrives: codes still to be checked. */
    record Row(LocalDate date, String component, String area, String demographic, String citizenship,
               String encounterType, Long count) {
    }

    /**
     * @param source     where the rows come from (a report's name)
     * @param recordedBy who sends them
     */
    record Command(String source, String recordedBy, List<Row> rows) {
        public Command {
            TallySource.check(source, "source");
            if (recordedBy == null || recordedBy.isBlank()) {
                throw new InvalidValueException("recordedBy", "is required");
            }
            if (rows == null || rows.isEmpty()) {
                throw new InvalidValueException("tallies", "must hold at least one tally");
            }
            if (rows.size() > MAX_ROWS) {
                throw new InvalidValueException("tallies", "must hold at most " + MAX_ROWS + " tallies, held "
                    + rows.size());
            }
            rows = List.copyOf(rows);
        }
    }

    /**
     * What a submission did, and the status of every policy after it.
     *
     * @param added     rows of keys never reported before, stored as their first revision
     * @param revised   rows that changed the count of a key already reported, stored as a new revision
     * @param unchanged rows equal to the latest revision of their key, which change nothing
     */
    record Receipt(int received, int added, int revised, int unchanged, List<PolicyStateSummary> policies) {
    }

    /**
     * A policy's states after a change: the rule's and the effective one (an override's while one applies), each
     * with since when.
     */
    record PolicyStateSummary(String policyId, PolicyStateKind state, LocalDate since,
                              PolicyStateKind effectiveState, LocalDate effectiveSince) {
    }
}
