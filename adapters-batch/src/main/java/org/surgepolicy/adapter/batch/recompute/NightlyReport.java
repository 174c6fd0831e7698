package org.surgepolicy.adapter.batch.recompute;

import java.time.Instant;
import java.util.List;
import org.surgepolicy.application.imports.port.in.DemoDataInfo;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.PolicyStatus;
import org.surgepolicy.domain.rule.TimelineDay;

/**
 * Everything the nightly reports show, gathered once.
 *
 * @param demoData the demonstration data set, when it is loaded (the reports then say its values are illustrative)
 */
record NightlyReport(Instant generatedAt, long jobExecutionId, List<PolicyReport> policies,
                     ReconcileQuery.Reconciliation reconciliation, CheckAggregatesQuery.AggregateCheck aggregateCheck,
                     DemoDataInfo demoData) {

    /**
     * One policy: its whole timeline, its status, and its restatements.
     *
     * @param newlyDetected the restatements this run detected for the first time
     */
    record PolicyReport(PolicyDefinition definition, List<TimelineDay> days, PolicyStatus status,
                        GetRestatementsQuery.Restatements restatements, int newlyRecordedDeterminations,
                        int newlyDetected) {
    }
}
