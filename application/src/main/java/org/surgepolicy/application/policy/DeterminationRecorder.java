package org.surgepolicy.application.policy;

import java.util.ArrayList;
import java.util.List;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.application.tally.CurrentData;
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

    /**
     * What {@link #recordAll} found: every policy's states, and the current data it evaluated, for the caller to
     * {@linkplain EvaluationInputs#share share} once its transaction has committed.
     */
    public record Recorded(List<PolicyStateSummary> policies, CurrentData.Snapshot data) {
    }

    /**
     * Records what is new for every policy (inside the caller's transaction) and returns each one's state: one
     * evaluation of every policy on the current data, read once.
     */
    public Recorded recordAll() {
        CurrentData.Snapshot data = inputs.currentWriting();
        List<PolicyStateSummary> summaries = new ArrayList<>();
        for (PolicyDefinition definition : catalog.all()) {
            PolicyEvaluator.Evaluation evaluated = evaluation.evaluate(inputs.current(definition, data.data()));
            record(definition, evaluated.timeline());
            PolicyStatus status = evaluated.status();
            summaries.add(new PolicyStateSummary(definition.id(),
                status.state() == null ? null : status.state().kind(), status.since(), status.effectiveState(),
                status.effectiveSince()));
        }
        return new Recorded(List.copyOf(summaries), data);
    }

    /** Offers the data that {@code committed} evaluated to the readers, once its transaction has committed. */
    public void share(Recorded committed) {
        inputs.share(committed.data());
    }

    /** Records the determinations of a timeline not yet recorded; returns those recorded now. */
    public List<Determination> record(PolicyDefinition definition, Timeline timeline) {
        List<Determination> recorded = log.recordNew(definition.id(), timeline.determinations());
        auditor.determinationsRecorded(definition.id(), recorded);
        return recorded;
    }
}
