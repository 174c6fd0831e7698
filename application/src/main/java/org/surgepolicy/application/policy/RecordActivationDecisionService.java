package org.surgepolicy.application.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.RecordActivationDecisionUseCase;
import org.surgepolicy.application.policy.port.out.ActivationDecisionStore;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.ActivationDecision;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.TriggerKind;
import org.surgepolicy.domain.rule.ActivationDecisions;
import org.surgepolicy.domain.rule.DecisionCheck;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/**
 * Records an activation decision made today, when the rule lets it act: the discretionary determination it cites
 * stands from its date to today. The decision is audited and the determinations that follow from it are recorded.
 */
public final class RecordActivationDecisionService implements RecordActivationDecisionUseCase {

    private final PolicyCatalog catalog;
    private final Clock clock;
    private final EvaluationInputs inputs;
    private final PolicyEvaluation evaluation;
    private final ActivationDecisionStore store;
    private final DeterminationRecorder recorder;
    private final Auditor auditor;

    public RecordActivationDecisionService(PolicyCatalog catalog, Clock clock, EvaluationInputs inputs,
                                           PolicyEvaluation evaluation, ActivationDecisionStore store,
                                           DeterminationRecorder recorder, Auditor auditor) {
        this.catalog = catalog;
        this.clock = clock;
        this.inputs = inputs;
        this.evaluation = evaluation;
        this.store = store;
        this.recorder = recorder;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Outcome<ActivationDecision> record(Command command) {
        Optional<PolicyDefinition> found = catalog.find(command.policyId());
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("policy '" + command.policyId() + "'");
        }
        PolicyDefinition policy = found.get();
        LocalDate today = inputs.today(policy);
        List<Violation> invalid = violations(command, today);
        if (!invalid.isEmpty()) {
            return new Outcome.Invalid<>(invalid);
        }
        if (!hasDiscretionaryTrigger(policy)) {
            return new Outcome.InConflict<>("policy " + policy.id() + " has no discretionary trigger: its triggers"
                + " activate it by themselves, so there is no activation decision to record");
        }
        // Checked against every decision recorded before it: a decision sent at the same moment waits here.
        store.hold();
        DecisionCheck check = ActivationDecisions.check(
            evaluation.evaluate(inputs.current(policy, false)).timeline(), command.determinationDate(), today);
        if (check instanceof DecisionCheck.Refused refused) {
            return new Outcome.InConflict<>("an activation decision of " + today + " citing the determination of "
                + command.determinationDate() + " would not act: " + refused.message());
        }
        ActivationDecision decision = new ActivationDecision(0, command.determinationDate(), today,
            command.reason(), command.authority(), clock.instant(), command.recordedBy());
        ActivationDecision stored = store.add(policy.id(), decision);
        auditor.activationDecisionRecorded(policy.id(), stored);
        recorder.record(policy, evaluation.evaluate(inputs.current(policy, false)).timeline());
        return new Outcome.Done<>(stored);
    }

    /** What is missing from the command; whether it may cite its date on the day it is made is the rule's to say. */
    private List<Violation> violations(Command command, LocalDate today) {
        try {
            new ActivationDecision(0, command.determinationDate(), today, command.reason(), command.authority(),
                clock.instant(), command.recordedBy());
            return List.of();
        } catch (InvalidValueException e) {
            return e.violations().stream().filter(v -> !v.field().equals("decidedOn")).toList();
        }
    }

    private static boolean hasDiscretionaryTrigger(PolicyDefinition policy) {
        return policy.versions().stream().flatMap(v -> v.parameters().triggers().stream())
            .anyMatch(t -> t.kind() == TriggerKind.DISCRETIONARY);
    }
}
