package org.surgepolicy.adapter.batch.recompute;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.surgepolicy.adapter.batch.JobRunAudit;
import org.surgepolicy.application.port.in.CheckAggregatesQuery;
import org.surgepolicy.application.port.in.GetDemoDataQuery;
import org.surgepolicy.application.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.port.in.GetRestatementsQuery;
import org.surgepolicy.application.port.in.GetTimelineQuery;
import org.surgepolicy.application.port.in.ListPoliciesQuery;
import org.surgepolicy.application.port.in.RecomputePoliciesUseCase;
import org.surgepolicy.application.port.in.ReconcileQuery;
import org.surgepolicy.application.port.in.RecordJobRunUseCase;
import org.surgepolicy.application.port.in.WriteAuditDigestUseCase;
import org.surgepolicy.domain.policy.PolicyDefinition;

/**
 * The nightly recomputation: {@code recomputePoliciesStep} recomputes every policy from all the data and records what
 * it determines and restates for the first time; {@code writeReportsStep} writes the reports, among them the daily
 * aggregate rebuilt from the tallies beside the maintained one, and then the signed digest of the audit chain's
 * head; {@code checkAggregateStep} then fails the job if they
 * differ. Every step runs again on a restart: the job recomputes from scratch and stores nothing twice.
 */
@Configuration(proxyBeanMethods = false)
public class RecomputeJobConfiguration {

    public static final String JOB_NAME = "recomputeJob";
    /** The identifying parameter: each run is its own job instance. */
    public static final String REQUESTED_AT = "requestedAt";
    public static final String REQUESTED_BY = "requestedBy";

    private static final String DETERMINATIONS_RECORDED = "determinationsRecorded.";
    private static final String RESTATEMENTS_DETECTED = "restatementsDetected.";
    private static final String AGGREGATE_MISMATCHES = "aggregateMismatches";

    @Bean
    Job recomputeJob(JobRepository jobRepository, Step recomputePoliciesStep, Step writeReportsStep,
                     Step checkAggregateStep, RecordJobRunUseCase audit) {
        return new JobBuilder(JOB_NAME, jobRepository)
            .listener(new JobRunAudit(audit))
            .start(recomputePoliciesStep)
            .next(writeReportsStep)
            .next(checkAggregateStep)
            .build();
    }

    @Bean
    Step recomputePoliciesStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                               RecomputePoliciesUseCase recompute) {
        Tasklet tasklet = (contribution, context) -> {
            ExecutionContext job = jobContext(context);
            for (RecomputePoliciesUseCase.Recomputation r : recompute.recompute()) {
                job.putInt(DETERMINATIONS_RECORDED + r.policyId(), r.newlyRecorded().size());
                job.putInt(RESTATEMENTS_DETECTED + r.policyId(), r.newRestatements().size());
            }
            return RepeatStatus.FINISHED;
        };
        return step("recomputePoliciesStep", jobRepository, transactionManager, tasklet);
    }

    @Bean
    Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                          ListPoliciesQuery policies, GetTimelineQuery timelines, GetPolicyStatusQuery statuses,
                          GetRestatementsQuery restatements, ReconcileQuery reconcile, CheckAggregatesQuery check,
                          GetDemoDataQuery demoData, WriteAuditDigestUseCase auditDigests, Clock clock,
                          @Value("${surge.reports.location:./reports}") String location) {
        ReportWriter writer = new ReportWriter(Path.of(location));
        Tasklet tasklet = (contribution, context) -> {
            ExecutionContext job = jobContext(context);
            List<NightlyReport.PolicyReport> reports = new ArrayList<>();
            for (PolicyDefinition definition : policies.list()) {
                String id = definition.id();
                var status = statuses.status(new GetPolicyStatusQuery.Query(id, null)).orElseThrow();
                var days = timelines.timeline(new GetTimelineQuery.Query(id, definition.startsOn(),
                    definition.lastDay(status.asOf()), null)).orElseThrow();
                reports.add(new NightlyReport.PolicyReport(definition, days, status,
                    restatements.restatements(id).orElseThrow(), job.getInt(DETERMINATIONS_RECORDED + id, 0),
                    job.getInt(RESTATEMENTS_DETECTED + id, 0)));
            }
            CheckAggregatesQuery.AggregateCheck aggregates = check.check();
            job.putInt(AGGREGATE_MISMATCHES, aggregates.mismatches().size());
            NightlyReport report = new NightlyReport(clock.instant(),
                context.getStepContext().getStepExecution().getJobExecutionId(), reports,
                reconcile.reconcile(new ReconcileQuery.Query(null, null)), aggregates,
                demoData.demoData().orElse(null));
            writer.write(report);
            writer.writeAuditDigest(auditDigests.write(context.getStepContext().getStepExecution().getJobParameters()
                .getString(REQUESTED_BY, "nightly recomputation")));
            return RepeatStatus.FINISHED;
        };
        return step("writeReportsStep", jobRepository, transactionManager, tasklet);
    }

    @Bean
    Step checkAggregateStep(JobRepository jobRepository, PlatformTransactionManager transactionManager) {
        Tasklet tasklet = (contribution, context) -> {
            int mismatches = jobContext(context).getInt(AGGREGATE_MISMATCHES, 0);
            if (mismatches > 0) {
                throw new AggregateMismatchException(mismatches);
            }
            return RepeatStatus.FINISHED;
        };
        return step("checkAggregateStep", jobRepository, transactionManager, tasklet);
    }

    private static Step step(String name, JobRepository jobRepository, PlatformTransactionManager transactionManager,
                             Tasklet tasklet) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, transactionManager).allowStartIfComplete(true)
            .build();
    }

    private static ExecutionContext jobContext(ChunkContext context) {
        return context.getStepContext().getStepExecution().getJobExecution().getExecutionContext();
    }

    /** The maintained daily aggregate differs from the one rebuilt from the tallies. */
    static final class AggregateMismatchException extends IllegalStateException {
        AggregateMismatchException(int days) {
            super("the maintained daily aggregate differs from the one rebuilt from the tallies on " + days
                + " day(s); see aggregateCheck in " + ReportWriter.SUMMARY);
        }
    }
}
