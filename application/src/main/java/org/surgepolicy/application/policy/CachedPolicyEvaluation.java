package org.surgepolicy.application.policy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.atomic.LongAdder;
import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.rule.PolicyEvaluator;

/**
 * Keeps each policy's last evaluation and answers with it while the input is the same. Since the evaluation is a
 * pure function of its input, that is always right; the current data is one object while the ledger does not change
 * ({@link CurrentData}), so a repeated question costs an identity check, not an evaluation.
 */
public final class CachedPolicyEvaluation implements PolicyEvaluation {

    private record Entry(EvaluationInput input, PolicyEvaluator.Evaluation evaluation) {

        boolean answers(EvaluationInput asked) {
            return input.data() == asked.data() && input.definition().equals(asked.definition())
                && input.through().equals(asked.through()) && input.overrides().equals(asked.overrides())
                && input.replacements().equals(asked.replacements()) && input.decisions().equals(asked.decisions());
        }
    }

    private final PolicyEvaluation evaluation;
    /** One entry per policy: the newest input replaces the one before, so no old data is held beyond it. */
    private final Cache<String, Entry> latest = Caffeine.newBuilder().build();
    private final LongAdder computed = new LongAdder();

    public CachedPolicyEvaluation(PolicyEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    @Override
    public PolicyEvaluator.Evaluation evaluate(EvaluationInput input) {
        String policyId = input.definition().id();
        Entry cached = latest.getIfPresent(policyId);
        if (cached != null && cached.answers(input)) {
            return cached.evaluation();
        }
        PolicyEvaluator.Evaluation answer = evaluation.evaluate(input);
        computed.increment();
        latest.put(policyId, new Entry(input, answer));
        return answer;
    }

    /** How many evaluations were computed since the start, rather than answered from the cache (for the meters). */
    public long computed() {
        return computed.sum();
    }
}
