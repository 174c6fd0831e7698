package org.surgepolicy.application.policy;

import java.util.ArrayList;
import java.util.List;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase.PolicyStateSummary;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.PolicyEvaluator;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.Timeline;

/** Records, for every policy, the determinations the current data yields that were never recorded before. */
public final class DeterminationRecorder {

    private final PolicyCatalog catalog;
    private final EvaluationInputs inputs;
    private final PolicyEvaluation evaluation;
    private final DeterminationLog log;
    private final Auditor auditor;

    public DeterminationRecorder(PolicyCatalog catalog, EvaluationInputs inputs, PolicyEvaluation evaluation,
                                 DeterminationLog log, Auditor auditor) {
        this.catalog = catalog;
        this.inputs = inputs;
        this.evaluation = evaluation;
        this.log = log;
        this.auditor = auditor;
    }

    /** Records what is new for every policy (inside the caller's transaction) and returns each one's state. */
    public List<PolicyStateSummary> recordAll() {
        List<PolicyStateSummary> summaries = new ArrayList<>();
        for (PolicyDefinition definition : catalog.all()) {
            PolicyEvaluator.Evaluation evaluated = evaluation.evaluate(inputs.current(definition, false));
            record(definition, evaluated.timeline());
            PolicyStatus status = evaluated.status();
            summaries.add(new PolicyStateSummary(definition.id(),
                status.state() == null ? null : status.state().kind(), status.since(), status.effectiveState(),
                status.effectiveSince()));
        }
        return summaries;
    }

    /** Records the determinations of a timeline not yet recorded; returns those recorded now. */
    public List<Determination> record(PolicyDefinition definition, Timeline timeline) {
        List<Determination> recorded = log.recordNew(definition.id(), timeline.determinations());
        auditor.determinationsRecorded(definition.id(), recorded);
        return recorded;
    }
}
