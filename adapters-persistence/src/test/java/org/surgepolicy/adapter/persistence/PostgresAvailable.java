package org.surgepolicy.adapter.persistence;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For test classes that need PostgreSQL before any test runs (a Spring context built on it): disables the class,
 * saying why, when no server is configured, and fails it when {@code surge.test.postgres.required=true}.
 */
public final class PostgresAvailable implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (PostgresServer.configured() != null) {
            return ConditionEvaluationResult.enabled("PostgreSQL is configured");
        }
        if (PostgresServer.required()) {
            throw new IllegalStateException(
                "surge.test.postgres.required=true but no PostgreSQL server is configured: " + PostgresServer.HOW);
        }
        return ConditionEvaluationResult.disabled("PostgreSQL tests skipped: no server configured; "
            + PostgresServer.HOW);
    }
}
