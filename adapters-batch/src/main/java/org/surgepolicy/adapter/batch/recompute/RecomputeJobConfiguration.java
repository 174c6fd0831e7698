package org.surgepolicy.adapter.batch.recompute;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.surgepolicy.adapter.batch.JobRunAudit;
import org.surgepolicy.adapter.batch.ReportsProperties;
import org.surgepolicy.application.audit.port.in.WriteAuditDigestUseCase;
import org.surgepolicy.application.imports.port.in.GetDemoDataQuery;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery;
import org.surgepolicy.application.jobs.port.in.RecomputePoliciesUseCase;
import org.surgepolicy.application.jobs.port.in.RecordJobRunUseCase;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;
import org.surgepolicy.domain.policy.PolicyDefinition;

/**
 * The nightly recomputation: {@code recomputePoliciesStep} recomputes every policy from all the data and records what
 * it determines and restates for the first time; {@code writeReportsStep} writes the reports into the run's own folder
 * (see {@link RunFolder}), among them the daily aggregate rebuilt from the tallies beside the maintained one, and then
 * the signed digest of the audit chain's head; {@code checkAggregateStep} then fails the job if they differ. Every step
 * runs again on a restart: the job recomputes from scratch and stores nothing twice. One run at a time across every
 * node: see {@link RecomputationLock}. A plain factory of the job and its steps, which the adapter's configuration
 * ({@code BatchAdapterConfiguration}) declares as beans.
 */
public final class RecomputeJobConfiguration {

    public static final String JOB_NAME = "recomputeJob";
    /** The identifying parameter: each run is its own job instance. */
    public static final String REQUESTED_AT = "requestedAt";
    public static final String REQUESTED_BY = "requestedBy";
    /** The job execution context's entries of what a run recorded per policy, followed by the policy's id. */
    public static final String DETERMINATIONS_RECORDED = "determinationsRecorded.";
    public static final String RESTATEMENTS_DETECTED = "restatementsDetected.";
    /** The step execution context's entry holding the step's counts in words. */
    public static final String STEP_SUMMARY = "summary";

    private static final String AGGREGATE_MISMATCHES = "aggregateMismatches";
    private static final String AGGREGATE_DAYS = "aggregateDays";

    private RecomputeJobConfiguration() {
    }

    public static Job recomputeJob(JobRepository jobRepository, Step recomputePoliciesStep, Step writeReportsStep,
                                   Step checkAggregateStep, RecordJobRunUseCase audit, RecomputationLock lock,
                                   Clock clock, ReportsProperties reportsProperties) {
        Path reports = reportsProperties.location();
        // Listeners end in the reverse order: the lock is given back last, once the run is audited.
        return new JobBuilder(JOB_NAME, jobRepository)
            .listener(lock)
            .listener(new JobExecutionListener() {
                @Override
                public void beforeJob(JobExecution execution) {
                    RunFolder.assign(execution, reports, clock.instant());
                }
            })
            .listener(new JobRunAudit(audit, RecomputeJobConfiguration::words))
            .start(recomputePoliciesStep)
            .next(writeReportsStep)
            .next(checkAggregateStep)
            .build();
    }

    /** The run in words for the audit trail: who started it, the policies, what it recorded, the reports. */
    private static JobRunAudit.Words words(JobExecution execution) {
        List<String> facts = new ArrayList<>();
        ExecutionContext job = execution.getExecutionContext();
        long policies = job.toMap().keySet().stream().filter(key -> key.startsWith(DETERMINATIONS_RECORDED)).count();
        facts.add(JobRunAudit.count(policies, "policy", "policies"));
        facts.add(JobRunAudit.count(sum(job, DETERMINATIONS_RECORDED), "determination", "determinations")
            + " recorded");
        facts.add(JobRunAudit.count(sum(job, RESTATEMENTS_DETECTED), "restatement", "restatements") + " recorded");
        facts.add(JobRunAudit.count(RunFolder.written(job).size(), "report", "reports"));
        return new JobRunAudit.Words("nightly recomputation",
            execution.getJobParameters().getString(REQUESTED_BY), facts);
    }

    public static Step recomputePoliciesStep(JobRepository jobRepository,
                                             PlatformTransactionManager transactionManager,
                                             RecomputePoliciesUseCase recompute) {
        Tasklet tasklet = (contribution, context) -> {
            ExecutionContext job = jobContext(context);
            long days = 0;
            long recorded = 0;
            List<RecomputePoliciesUseCase.Recomputation> recomputations = recompute.recompute();
            for (RecomputePoliciesUseCase.Recomputation r : recomputations) {
                job.putInt(DETERMINATIONS_RECORDED + r.policyId(), r.newlyRecorded().size());
                job.putInt(RESTATEMENTS_DETECTED + r.policyId(), r.newRestatements().size());
                days += r.timeline().days().size();
                recorded += r.newlyRecorded().size() + r.newRestatements().size();
            }
            count(contribution, days, recorded, JobRunAudit.count(recomputations.size(), "policy", "policies")
                + " recomputed over " + JobRunAudit.count(days, "day", "days") + "; "
                + JobRunAudit.count(sum(job, DETERMINATIONS_RECORDED), "determination", "determinations") + " and "
                + JobRunAudit.count(sum(job, RESTATEMENTS_DETECTED), "restatement", "restatements") + " recorded");
            return RepeatStatus.FINISHED;
        };
        return step("recomputePoliciesStep", jobRepository, transactionManager, tasklet);
    }

    public static Step writeReportsStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                        ListPoliciesQuery policies, GetTimelineQuery timelines,
                                        GetPolicyStatusQuery statuses, GetRestatementsQuery restatements,
                                        ReconcileQuery reconcile, CheckAggregatesQuery check,
                                        GetDemoDataQuery demoData, WriteAuditDigestUseCase auditDigests,
                                        ComparePoliciesQuery comparePolicies, Clock clock) {
        Tasklet tasklet = (contribution, context) -> {
            ExecutionContext job = jobContext(context);
            List<NightlyReport.PolicyReport> reports = new ArrayList<>();
            LocalDate first = null;
            LocalDate last = null;
            for (PolicyDefinition definition : policies.list()) {
                String id = definition.id();
                var status = statuses.status(new GetPolicyStatusQuery.Query(id, null)).orElseThrow();
                LocalDate lastDay = definition.lastDay(status.asOf());
                var days = timelines.timeline(new GetTimelineQuery.Query(id, definition.startsOn(), lastDay, null))
                    .orElseThrow();
                first = first == null || definition.startsOn().isBefore(first) ? definition.startsOn() : first;
                last = last == null || lastDay.isAfter(last) ? lastDay : last;
                reports.add(new NightlyReport.PolicyReport(definition, days, status,
                    restatements.restatements(id).orElseThrow(), job.getInt(DETERMINATIONS_RECORDED + id, 0),
                    job.getInt(RESTATEMENTS_DETECTED + id, 0)));
            }
            CheckAggregatesQuery.AggregateCheck aggregates = check.check();
            job.putInt(AGGREGATE_MISMATCHES, aggregates.mismatches().size());
            job.putInt(AGGREGATE_DAYS, Math.max(aggregates.daysMaintained(), aggregates.daysRebuilt()));
            NightlyReport report = new NightlyReport(clock.instant(),
                context.getStepContext().getStepExecution().getJobExecutionId(), reports,
                reconcile.reconcile(new ReconcileQuery.Query(null, null)), aggregates,
                demoData.demoData().orElse(null));
            RunFolder folder = RunFolder.of(context);
            ChartScripts scripts = ReportWriter.chartScripts();
            List<Path> written = new ArrayList<>(ReportWriter.write(report, scripts, folder));
            if (reports.size() > 1) {
                // The policies side by side over their whole history, as far back as one comparison reaches.
                LocalDate from = first.isAfter(last.minusDays(ComparePoliciesQuery.MAX_DAYS - 1)) ? first
                    : last.minusDays(ComparePoliciesQuery.MAX_DAYS - 1);
                written.addAll(ComparisonReport.write(comparePolicies.compare(new ComparePoliciesQuery.Query(
                        reports.stream().map(r -> r.definition().id()).toList(), from, last, null)).orElseThrow(),
                    report.demoData(), scripts, folder));
            }
            written.add(ReportWriter.writeAuditDigest(auditDigests.write(context.getStepContext().getStepExecution()
                .getJobParameters().getString(REQUESTED_BY, "nightly recomputation")), folder));
            folder.markLatest();
            count(contribution, reports.size(), written.size(), JobRunAudit.count(reports.size(), "policy", "policies")
                + " reported; " + JobRunAudit.count(written.size(), "report file", "report files") + " written to "
                + folder.path());
            return RepeatStatus.FINISHED;
        };
        return step("writeReportsStep", jobRepository, transactionManager, tasklet);
    }

    public static Step checkAggregateStep(JobRepository jobRepository,
                                          PlatformTransactionManager transactionManager) {
        Tasklet tasklet = (contribution, context) -> {
            ExecutionContext job = jobContext(context);
            int mismatches = job.getInt(AGGREGATE_MISMATCHES, 0);
            if (mismatches > 0) {
                throw new AggregateMismatchException(mismatches);
            }
            int days = job.getInt(AGGREGATE_DAYS, 0);
            count(contribution, days, 0, JobRunAudit.count(days, "day", "days")
                + " compared: the maintained daily aggregate matches the one rebuilt from the tallies");
            return RepeatStatus.FINISHED;
        };
        return step("checkAggregateStep", jobRepository, transactionManager, tasklet);
    }

    /** Sets a tasklet step's counts, which a tasklet has to say itself, and their meaning in words. */
    private static void count(StepContribution contribution, long read, long written, String summary) {
        // StepContribution counts reads one at a time only.
        for (long i = 0; i < read; i++) {
            contribution.incrementReadCount();
        }
        contribution.incrementWriteCount(written);
        contribution.getStepExecution().getExecutionContext().putString(STEP_SUMMARY, summary);
    }

    private static long sum(ExecutionContext job, String prefix) {
        return job.toMap().keySet().stream().filter(key -> key.startsWith(prefix)).mapToLong(job::getInt).sum();
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
