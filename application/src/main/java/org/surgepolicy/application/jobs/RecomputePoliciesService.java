package org.surgepolicy.application.jobs;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.jobs.port.in.RecomputePoliciesUseCase;
import org.surgepolicy.application.policy.DeterminationRecorder;
import org.surgepolicy.application.policy.EvaluationInputs;
import org.surgepolicy.application.policy.PolicyEvaluation;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.application.policy.port.out.RestatementLog;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.Restatement;
import org.surgepolicy.domain.rule.Restatements;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.tally.DailyAggregates;

/** Recomputes every policy from all the data and records what it determines and restates for the first time. */
public final class RecomputePoliciesService implements RecomputePoliciesUseCase {

    private final PolicyCatalog catalog;
    private final EvaluationInputs inputs;
    private final PolicyEvaluation evaluation;
    private final Clock clock;
    private final DeterminationRecorder recorder;
    private final DeterminationLog log;
    private final RestatementLog restatements;

    public RecomputePoliciesService(PolicyCatalog catalog, EvaluationInputs inputs, PolicyEvaluation evaluation,
                                    Clock clock, DeterminationRecorder recorder, DeterminationLog log,
                                    RestatementLog restatements) {
        this.catalog = catalog;
        this.inputs = inputs;
        this.evaluation = evaluation;
        this.clock = clock;
        this.recorder = recorder;
        this.log = log;
        this.restatements = restatements;
    }

    @Override
    @Transactional
    public List<Recomputation> recompute() {
        // The current data, read once for every policy. The recomputation writes no tally, so what it reads is
        // committed data, which it keeps for the readers after it (the reports of the same run among them): they
        // then evaluate the very object it evaluated, answered from the evaluation's cache.
        DailyAggregates data = inputs.currentData(true);
        List<Recomputation> results = new ArrayList<>();
        for (PolicyDefinition definition : catalog.all()) {
            Timeline timeline = evaluation.evaluate(inputs.current(definition, data)).timeline();
            List<Determination> recorded = recorder.record(definition, timeline);
            List<Restatement> differences = Restatements.compare(log.recorded(definition.id(), null),
                timeline.determinations());
            results.add(new Recomputation(definition.id(), timeline, recorded, differences,
                restatements.recordNew(definition.id(), differences, clock.instant())));
        }
        return results;
    }
}
