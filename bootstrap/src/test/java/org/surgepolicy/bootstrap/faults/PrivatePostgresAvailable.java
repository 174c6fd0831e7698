package org.surgepolicy.bootstrap.faults;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For the tests that stop a PostgreSQL of their own: disables them, saying why, where no private cluster can be made
 * (not root, no pg_createcluster), and fails them instead when {@code surge.test.faults.required=true} (as
 * {@code .ci/run} sets it).
 */
final class PrivatePostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        String why = PrivatePostgres.whyUnavailable();
        if (why == null) {
            return ConditionEvaluationResult.enabled("a private PostgreSQL cluster can be made");
        }
        if (Boolean.getBoolean("surge.test.faults.required")) {
            throw new IllegalStateException("surge.test.faults.required=true but " + why);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL fault tests skipped: " + why);
    }
}
