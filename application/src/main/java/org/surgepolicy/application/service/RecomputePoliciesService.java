package org.surgepolicy.application.service;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.port.in.RecomputePoliciesUseCase;
import org.surgepolicy.application.port.out.DeterminationLog;
import org.surgepolicy.application.port.out.RestatementLog;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.Restatement;
import org.surgepolicy.domain.rule.Restatements;
import org.surgepolicy.domain.rule.Timeline;

/** Recomputes every policy from all the data and records what it determines and restates for the first time. */
public final class RecomputePoliciesService implements RecomputePoliciesUseCase {

    private final PolicyEvaluations evaluations;
    private final DeterminationRecorder recorder;
    private final DeterminationLog log;
    private final RestatementLog restatements;

    public RecomputePoliciesService(PolicyEvaluations evaluations, DeterminationRecorder recorder,
                                    DeterminationLog log, RestatementLog restatements) {
        this.evaluations = evaluations;
        this.recorder = recorder;
        this.log = log;
        this.restatements = restatements;
    }

    @Override
    @Transactional
    public List<Recomputation> recompute() {
        List<Recomputation> results = new ArrayList<>();
        for (PolicyDefinition definition : evaluations.definitions()) {
            Timeline timeline = evaluations.fresh(definition).timeline();
            List<Determination> recorded = recorder.record(definition, timeline);
            List<Restatement> differences = Restatements.compare(log.recorded(definition.id(), null),
                timeline.determinations());
            results.add(new Recomputation(definition.id(), timeline, recorded, differences,
                restatements.recordNew(definition.id(), differences, evaluations.now())));
        }
        return results;
    }
}
