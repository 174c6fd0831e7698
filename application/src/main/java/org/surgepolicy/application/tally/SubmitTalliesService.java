package org.surgepolicy.application.tally;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.audit.Auditor;
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

/** Checks every row, stores the new revisions with the aggregate, and records the determinations that follow. */
public final class SubmitTalliesService implements SubmitTalliesUseCase {

    private final TallyLedger ledger;
    private final PolicyCatalog catalog;
    private final Clock clock;
    private final DeterminationRecorder recorder;
    private final Auditor auditor;

    public SubmitTalliesService(TallyLedger ledger, PolicyCatalog catalog, Clock clock, DeterminationRecorder recorder,
                                Auditor auditor) {
        this.ledger = ledger;
        this.catalog = catalog;
        this.clock = clock;
        this.recorder = recorder;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Outcome<Receipt> submit(Command command) {
        List<Violation> violations = new ArrayList<>();
        List<Tally> tallies = parse(command.rows(), PolicyDefinition.latestToday(catalog.all(), clock.instant()), "tallies", violations);
        if (!violations.isEmpty()) {
            return new Outcome.Invalid<>(violations);
        }
        TallyLedger.AppendResult result = ledger.append(tallies, command.recordedBy(), command.source());
        if (result.stored() > 0) {
            auditor.talliesSubmitted(command.recordedBy(), command.source(), tallies, result.stored());
        }
        List<PolicyStateSummary> policies = recorder.recordAll();
        return new Outcome.Done<>(new Receipt(tallies.size(), result.added(), result.revised(), result.unchanged(),
            policies));
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
