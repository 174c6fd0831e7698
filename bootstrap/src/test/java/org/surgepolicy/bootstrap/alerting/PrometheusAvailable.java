package org.surgepolicy.bootstrap.alerting;

import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For the tests that run Prometheus's programs: disables the class, saying why, when they are not installed, and
 * fails it when {@code surge.test.prometheus.required=true} (as {@code .ci/run} sets it).
 */
final class PrometheusAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        List<String> missing = PrometheusTools.missing();
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("Prometheus and Alertmanager are installed");
        }
        String why = String.join(", ", missing) + " not found: " + PrometheusTools.HOW;
        if (Boolean.getBoolean(PrometheusTools.REQUIRED)) {
            throw new IllegalStateException(PrometheusTools.REQUIRED + "=true but " + why);
        }
        return ConditionEvaluationResult.disabled("Prometheus tests skipped: " + why);
    }
}
