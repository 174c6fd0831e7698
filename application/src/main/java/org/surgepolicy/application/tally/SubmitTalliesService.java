package org.surgepolicy.application.tally;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.DeterminationRecorder;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/**
 * Checks every row, then stores the new revisions with the aggregate and records the determinations that follow.
 * Submissions that arrive while another group is being stored wait and are then stored together, in one transaction
 * ({@link TallyWrites}): one lock of the ledger, one evaluation of every policy and one commit serve the whole group,
 * and each receipt gives the policies' states after the group, which includes its own rows. When a group fails, each
 * of its submissions is stored again alone, so that a valid one never fails for another's sake, unless the group did
 * not get the ledger's lock in time: then every submission in it is answered {@link LedgerBusy} at once. A group is
 * stored on a platform thread of its own ({@link OwnThread}), not on the virtual thread of the request that leads it.
 */
public final class SubmitTalliesService implements SubmitTalliesUseCase {

    private final PolicyCatalog catalog;
    private final Clock clock;
    private final DeterminationRecorder recorder;
    private final GroupCommit<TallyLedger.Append, Receipt> groups;

    public SubmitTalliesService(PolicyCatalog catalog, Clock clock, TallyWrites writes,
                                DeterminationRecorder recorder) {
        this.catalog = catalog;
        this.clock = clock;
        this.recorder = recorder;
        OwnThread writer = new OwnThread("tally-groups");
        // A group that did not get the ledger's lock in time fails every submission in it at once: tried again one
        // by one, each would wait for the lock timeout again on the one writer thread.
        this.groups = new GroupCommit<>(group -> writer.call(() -> store(writes, group)),
            submission -> submission.tallies().size(), MAX_ROWS, TallyLedger.Busy.class::isInstance);
    }

    @Override
    public Outcome<Receipt> submit(Command command) {
        List<Violation> violations = new ArrayList<>();
        List<Tally> tallies = parse(command.rows(), PolicyDefinition.latestToday(catalog.all(), clock.instant()), "tallies", violations);
        if (!violations.isEmpty()) {
            return new Outcome.Invalid<>(violations);
        }
        try {
            return new Outcome.Done<>(groups.submit(new TallyLedger.Append(tallies, command.recordedBy(),
                command.source())));
        } catch (TallyLedger.Busy busy) {
            throw new LedgerBusy(busy.getMessage(), busy);
        }
    }

    /** How many groups of submissions were stored since the start (one transaction each). */
    public long groupsStored() {
        return groups.groups();
    }

    /** Stores a group, shares the data its evaluation read once it is committed, and answers each submission. */
    private List<Receipt> store(TallyWrites writes, List<TallyLedger.Append> group) {
        TallyWrites.Stored stored = writes.store(group);
        recorder.share(stored.recorded());
        List<Receipt> receipts = new ArrayList<>(group.size());
        for (int i = 0; i < group.size(); i++) {
            TallyLedger.AppendResult result = stored.appends().get(i);
            receipts.add(new Receipt(group.get(i).tallies().size(), result.added(), result.revised(),
                result.unchanged(), stored.recorded().policies()));
        }
        return receipts;
    }

    /**
     * Turns rows into tallies, naming each bad row by its index under {@code field}: unknown codes, counts out of
     * range, dates after {@code today}, and keys given twice.
     */
    public static List<Tally> parse(List<Row> rows, LocalDate today, String field, List<Violation> violations) {
        List<Tally> tallies = new ArrayList<>(rows.size());
        Map<TallyKey, Integer> seen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = field + "[" + i + "]";
            Row row = rows.get(i);
            if (row == null) {
                violations.add(new Violation(at, "is empty"));
                continue;
            }
            try {
                Tally tally = Tally.parse(row.date(), row.component(), row.area(), row.demographic(),
                    row.citizenship(), row.encounterType(), row.count(), today);
                Integer first = seen.putIfAbsent(tally.key(), i);
                if (first != null) {
                    violations.add(new Violation(at, "has the same key as " + field + "[" + first
                        + "] (date, component, area, demographic, citizenship, encounterType)"));
                    continue;
                }
                tallies.add(tally);
            } catch (InvalidValueException e) {
                e.violations().forEach(v -> violations.add(v.under(at)));
            }
        }
        return tallies;
    }
}
