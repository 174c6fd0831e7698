package org.surgepolicy.application.service;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.port.in.RecomputePoliciesUseCase;
import org.surgepolicy.application.port.out.DeterminationLog;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.Restatements;
import org.surgepolicy.domain.rule.Timeline;

/** Recomputes every policy from all the data and records what it determines for the first time. */
public final class RecomputePoliciesService implements RecomputePoliciesUseCase {

    private final PolicyEvaluations evaluations;
    private final DeterminationRecorder recorder;
    private final DeterminationLog log;

    public RecomputePoliciesService(PolicyEvaluations evaluations, DeterminationRecorder recorder,
                                    DeterminationLog log) {
        this.evaluations = evaluations;
        this.recorder = recorder;
        this.log = log;
    }

    @Override
    @Transactional
    public List<Recomputation> recompute() {
        List<Recomputation> results = new ArrayList<>();
        for (PolicyDefinition definition : evaluations.definitions()) {
            Timeline timeline = evaluations.fresh(definition).timeline();
            List<RecordedDetermination> recorded = recorder.record(definition, timeline);
            results.add(new Recomputation(definition.id(), timeline, recorded,
                Restatements.compare(log.recorded(definition.id(), null), timeline.determinations())));
        }
        return results;
    }
}
