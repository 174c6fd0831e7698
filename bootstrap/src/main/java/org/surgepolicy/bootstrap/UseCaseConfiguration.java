package org.surgepolicy.bootstrap;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationPredicate;
import java.time.Clock;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.surgepolicy.adapter.batch.imports.SurgeImportProperties;
import org.surgepolicy.adapter.persistence.health.DatabaseReachability;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.application.audit.ListAuditEventsService;
import org.surgepolicy.application.audit.VerifyAuditDigestService;
import org.surgepolicy.application.audit.VerifyAuditTrailService;
import org.surgepolicy.application.audit.WriteAuditDigestService;
import org.surgepolicy.application.audit.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.application.audit.port.out.AuditDigestArchive;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.application.imports.BeginImportService;
import org.surgepolicy.application.imports.DistinctKeyWatches;
import org.surgepolicy.application.imports.EndImportJobService;
import org.surgepolicy.application.imports.GetDemoDataService;
import org.surgepolicy.application.imports.GetImportService;
import org.surgepolicy.application.imports.ImportFailureService;
import org.surgepolicy.application.imports.ImportLaunches;
import org.surgepolicy.application.imports.ImportPublisher;
import org.surgepolicy.application.imports.LoadDemoDataService;
import org.surgepolicy.application.imports.PublishImportService;
import org.surgepolicy.application.imports.RecoverImportsService;
import org.surgepolicy.application.imports.RestartImportService;
import org.surgepolicy.application.imports.StageImportLinesService;
import org.surgepolicy.application.imports.StartImportService;
import org.surgepolicy.application.imports.port.in.FailImportUseCase;
import org.surgepolicy.application.imports.port.in.PublishImportUseCase;
import org.surgepolicy.application.imports.port.out.ImportFiles;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.ImportStaging;
import org.surgepolicy.application.imports.port.out.ImportStates;
import org.surgepolicy.application.imports.port.out.StagedTallyLedger;
import org.surgepolicy.application.jobs.AggregateCheckService;
import org.surgepolicy.application.jobs.CheckLedgerService;
import org.surgepolicy.application.jobs.GetJobRunService;
import org.surgepolicy.application.jobs.GetLastCompletedRecomputationService;
import org.surgepolicy.application.jobs.GetReportService;
import org.surgepolicy.application.jobs.ListReportsService;
import org.surgepolicy.application.jobs.RecomputePoliciesService;
import org.surgepolicy.application.jobs.RecordJobRunService;
import org.surgepolicy.application.jobs.StartRecomputationService;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery;
import org.surgepolicy.application.jobs.port.in.GetLastCompletedRecomputationQuery;
import org.surgepolicy.application.jobs.port.in.RecomputePoliciesUseCase;
import org.surgepolicy.application.jobs.port.out.BatchJobs;
import org.surgepolicy.application.jobs.port.out.ReportArchive;
import org.surgepolicy.application.policy.CachedPolicyEvaluation;
import org.surgepolicy.application.policy.ComparePoliciesService;
import org.surgepolicy.application.policy.DeterminationRecorder;
import org.surgepolicy.application.policy.EvaluationInputs;
import org.surgepolicy.application.policy.GetDeterminationsService;
import org.surgepolicy.application.policy.GetPolicyStatusService;
import org.surgepolicy.application.policy.GetRestatementsService;
import org.surgepolicy.application.policy.GetTimelineService;
import org.surgepolicy.application.policy.ListActivationDecisionsService;
import org.surgepolicy.application.policy.ListOverridesService;
import org.surgepolicy.application.policy.ListPoliciesService;
import org.surgepolicy.application.policy.PolicyEvaluation;
import org.surgepolicy.application.policy.RecordActivationDecisionService;
import org.surgepolicy.application.policy.RecordOverrideService;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.application.policy.port.out.ActivationDecisionStore;
import org.surgepolicy.application.policy.port.out.DeterminationLog;
import org.surgepolicy.application.policy.port.out.OverrideStore;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.application.policy.port.out.RestatementLog;
import org.surgepolicy.application.reference.ReconciliationService;
import org.surgepolicy.application.reference.ReferenceDataService;
import org.surgepolicy.application.reference.port.out.PublishedStatistics;
import org.surgepolicy.application.simulation.SimulatePolicyService;
import org.surgepolicy.application.simulation.SweepParametersService;
import org.surgepolicy.application.simulation.port.out.Computations;
import org.surgepolicy.application.tally.SubmitTalliesService;
import org.surgepolicy.application.tally.TallyWrites;
import org.surgepolicy.application.tally.TransactionalTallyWrites;
import org.surgepolicy.application.tally.TallyQueryService;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;
import org.surgepolicy.application.tally.port.out.LedgerTotals;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.bootstrap.audit.AuditDigestKeys;
import org.surgepolicy.bootstrap.audit.AuditDigestProperties;
import org.surgepolicy.bootstrap.compute.BoundedComputations;
import org.surgepolicy.bootstrap.compute.ComputationProperties;
import org.surgepolicy.bootstrap.metrics.AuditChainMeters;
import org.surgepolicy.bootstrap.metrics.ImportMeters;
import org.surgepolicy.bootstrap.metrics.LastRecomputationMeter;
import org.surgepolicy.bootstrap.metrics.MeteredDeterminationLog;
import org.surgepolicy.bootstrap.metrics.MeteredFailImport;
import org.surgepolicy.bootstrap.metrics.MeteredPublishImport;
import org.surgepolicy.bootstrap.metrics.MeteredRecomputation;
import org.surgepolicy.bootstrap.metrics.MeteredSubmitTallies;
import org.surgepolicy.bootstrap.metrics.PolicyDateMeters;
import org.surgepolicy.bootstrap.metrics.PolicyMeters;
import org.surgepolicy.bootstrap.metrics.ReadinessMeter;
import org.surgepolicy.bootstrap.metrics.SourceTags;
import org.surgepolicy.bootstrap.metrics.SurgeMetricsProperties;
import org.surgepolicy.bootstrap.metrics.TallyCounters;
import org.surgepolicy.bootstrap.security.Accounts;
import org.surgepolicy.bootstrap.security.ApiSecurity;
import org.surgepolicy.bootstrap.security.SecuritySetup;
import org.surgepolicy.bootstrap.security.SignInThrottle;
import org.surgepolicy.bootstrap.security.SurgeSecurityProperties;
import org.surgepolicy.domain.audit.HeadDigest;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;

/**
 * The use cases, created explicitly from their ports (no component scan reaches the application module), and what the
 * service puts around them: the signed audit digests' key, the pool that simulations and sweeps run on, the database's
 * part of readiness, the security of the API (from {@link ApiSecurity}, which the secured-API tests use too) and the
 * service's own meters. This is the one configuration of the module.
 *
 * <p>The meters ({@code surge.*}): gauges read from each policy's status when scraped, and decorators around the use
 * cases and ports whose work they count or time (submissions, imports, determinations, the recomputation, which the
 * nightly job runs through its decorator). Spring Batch's own job, step and chunk-write meters reach the same registry
 * through Spring Boot's observation registry; its observations of each item read and processed are not made. A
 * metered use case is the one bean of its in-port, so that every caller (a controller, a batch job, another use
 * case) goes through it: the service it wraps is created here as a plain object, in the transactions its methods
 * declare ({@link TransactionalUseCase}), and is no bean. The metered determination log is the primary bean of its
 * port, around the persistence adapter's own type. The meters that the alerting rules of {@code deploy/prometheus}
 * need besides: dates as timestamps, the last completed recomputation, the audit chain's verification and the
 * readiness.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({SurgeDataProperties.class, AuditDigestProperties.class,
    ComputationProperties.class, SurgeMetricsProperties.class, SurgeSecurityProperties.class})
public class UseCaseConfiguration {

    /** Spring Batch's observations of each item a chunk step reads and processes. */
    private static final Set<String> BATCH_ITEM_OBSERVATIONS = Set.of("spring.batch.item.read",
        "spring.batch.item.process");

    /**
     * Answers are written to the socket in blocks of up to 64 KiB rather than Tomcat's default 8 KiB: a 90-day
     * timeline (about 50 KiB) then goes out in one write instead of seven.
     */
    @Bean
    TomcatConnectorCustomizer largerSocketWrites() {
        return connector -> connector.setProperty("socket.appWriteBufSize", "65536");
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    EvaluationInputs evaluationInputs(TallyLedger ledger, OverrideStore overrides, ActivationDecisionStore decisions,
                                      Clock clock) {
        return new EvaluationInputs(ledger, overrides, decisions, clock);
    }

    @Bean
    PolicyEvaluation policyEvaluation(SurgeDataProperties data) {
        return new CachedPolicyEvaluation(PolicyEvaluation.rule(data.staleAfterDays()));
    }

    @Bean
    Auditor auditor(AuditTrail trail, Clock clock) {
        return new Auditor(trail, clock);
    }

    @Bean
    DeterminationRecorder determinationRecorder(PolicyCatalog catalog, EvaluationInputs inputs,
                                                PolicyEvaluation evaluation, DeterminationLog log, Auditor auditor) {
        return new DeterminationRecorder(catalog, inputs, evaluation, log, auditor);
    }

    @Bean
    ListPoliciesService listPoliciesService(PolicyCatalog catalog) {
        return new ListPoliciesService(catalog);
    }

    @Bean
    ComparePoliciesService comparePoliciesService(PolicyCatalog catalog, EvaluationInputs inputs,
                                                  PolicyEvaluation evaluation) {
        return new ComparePoliciesService(catalog, inputs, evaluation);
    }

    @Bean
    GetPolicyStatusService getPolicyStatusService(PolicyCatalog catalog, EvaluationInputs inputs,
                                                  PolicyEvaluation evaluation) {
        return new GetPolicyStatusService(catalog, inputs, evaluation);
    }

    @Bean
    GetTimelineService getTimelineService(PolicyCatalog catalog, EvaluationInputs inputs,
                                          PolicyEvaluation evaluation) {
        return new GetTimelineService(catalog, inputs, evaluation);
    }

    @Bean
    GetDeterminationsService getDeterminationsService(PolicyCatalog catalog, EvaluationInputs inputs,
                                                      PolicyEvaluation evaluation) {
        return new GetDeterminationsService(catalog, inputs, evaluation);
    }

    @Bean
    GetRestatementsService getRestatementsService(PolicyCatalog catalog, EvaluationInputs inputs,
                                                  PolicyEvaluation evaluation, DeterminationLog log) {
        return new GetRestatementsService(catalog, inputs, evaluation, log);
    }

    @Bean
    RecordOverrideService recordOverrideService(PolicyCatalog catalog, Clock clock, OverrideStore store,
                                                Auditor auditor) {
        return new RecordOverrideService(catalog, clock, store, auditor);
    }

    @Bean
    ListOverridesService listOverridesService(PolicyCatalog catalog, OverrideStore store) {
        return new ListOverridesService(catalog, store);
    }

    @Bean
    SimulatePolicyService simulatePolicyService(PolicyCatalog catalog, EvaluationInputs inputs,
                                                Computations computations) {
        return new SimulatePolicyService(catalog, inputs, computations);
    }

    @Bean
    SweepParametersService sweepParametersService(PolicyCatalog catalog, EvaluationInputs inputs,
                                                  Computations computations) {
        return new SweepParametersService(catalog, inputs, computations);
    }

    @Bean
    RecordActivationDecisionService recordActivationDecisionService(PolicyCatalog catalog, Clock clock,
                                                                    EvaluationInputs inputs,
                                                                    PolicyEvaluation evaluation,
                                                                    ActivationDecisionStore store,
                                                                    DeterminationRecorder recorder, Auditor auditor) {
        return new RecordActivationDecisionService(catalog, clock, inputs, evaluation, store, recorder, auditor);
    }

    @Bean
    ListActivationDecisionsService listActivationDecisionsService(PolicyCatalog catalog,
                                                                  ActivationDecisionStore store) {
        return new ListActivationDecisionsService(catalog, store);
    }

    @Bean
    TallyQueryService tallyQueryService(TallyLedger ledger) {
        return new TallyQueryService(ledger);
    }

    @Bean
    ListAuditEventsService listAuditEventsService(AuditTrail trail) {
        return new ListAuditEventsService(trail);
    }

    @Bean
    VerifyAuditTrailService verifyAuditTrailService(AuditTrail trail) {
        return new VerifyAuditTrailService(trail);
    }

    /** The formats the imports read: the standard ones, then any other that the context declares as a bean. */
    @Bean
    ImportFormats importFormats(ObjectProvider<ImportFormat> more) {
        return ImportFormats.standard().with(more.orderedStream().toList());
    }

    @Bean
    ImportPublisher importPublisher(ImportRecords records, ImportStates states, ImportStaging staging,
                                    StagedTallyLedger ledger, PublishedStatistics statistics,
                                    DeterminationRecorder recorder, Clock clock, Auditor auditor,
                                    DistinctKeyWatches keyWatches) {
        return new ImportPublisher(records, states, staging, ledger, statistics, recorder, clock, auditor, keyWatches);
    }

    /** The imports this process watches for distinct keys while their staging reads them. */
    @Bean
    DistinctKeyWatches distinctKeyWatches() {
        return new DistinctKeyWatches();
    }

    @Bean
    ImportLaunches importLaunches(ImportRecords records, ImportStates states, BatchJobs jobs,
                                  Clock clock, FailImportUseCase failures) {
        return new ImportLaunches(records, states, jobs, clock, failures);
    }

    /** Checks, as the application starts, that every format has its reject limit. */
    @Bean
    StartImportService startImportService(ImportRecords records, ImportFiles files, ImportLaunches launches,
                                          Clock clock, ImportFormats formats,
                                          SurgeImportProperties properties) {
        return new StartImportService(records, files, launches, clock, formats,
            properties.maxRejects(formats));
    }

    @Bean
    RestartImportService restartImportService(ImportRecords records, ImportLaunches launches) {
        return new RestartImportService(records, launches);
    }

    @Bean
    RecoverImportsService recoverImportsService(ImportRecords records, ImportLaunches launches) {
        return new RecoverImportsService(records, launches);
    }

    @Bean
    GetImportService getImportService(ImportRecords records, ImportStaging staging) {
        return new GetImportService(records, staging);
    }

    @Bean
    BeginImportService beginImportService(ImportStates states) {
        return new BeginImportService(states);
    }

    @Bean
    EndImportJobService endImportJobService(ImportRecords records, ImportFiles files, FailImportUseCase failures,
                                            DistinctKeyWatches keyWatches) {
        return new EndImportJobService(records, files, failures, keyWatches);
    }

    @Bean
    StageImportLinesService stageImportLinesService(ImportStaging staging, DistinctKeyWatches keyWatches) {
        return new StageImportLinesService(staging, keyWatches);
    }

    @Bean
    LoadDemoDataService loadDemoDataService(ImportRecords records, ImportStaging staging, ImportPublisher publisher,
                                            LedgerTotals ledgerTotals, Clock clock) {
        return new LoadDemoDataService(records, staging, publisher, ledgerTotals, clock);
    }

    @Bean
    GetDemoDataService getDemoDataService(ImportRecords records, LedgerTotals ledgerTotals) {
        return new GetDemoDataService(records, ledgerTotals);
    }

    @Bean
    ReconciliationService reconciliationService(LedgerTotals ledgerTotals, PublishedStatistics statistics) {
        return new ReconciliationService(ledgerTotals, statistics);
    }

    @Bean
    AggregateCheckService aggregateCheckService(TallyLedger ledger) {
        return new AggregateCheckService(ledger);
    }

    @Bean
    CheckLedgerService checkLedgerService(CheckAggregatesQuery aggregates, TallyLedger ledger) {
        return new CheckLedgerService(aggregates, ledger);
    }

    @Bean
    ListReportsService listReportsService(ReportArchive archive) {
        return new ListReportsService(archive);
    }

    @Bean
    GetReportService getReportService(ReportArchive archive) {
        return new GetReportService(archive);
    }

    @Bean
    ReferenceDataService referenceDataService(ImportFormats formats) {
        return new ReferenceDataService(formats);
    }

    @Bean
    StartRecomputationService startRecomputationService(BatchJobs jobs) {
        return new StartRecomputationService(jobs);
    }

    @Bean
    GetJobRunService getJobRunService(BatchJobs jobs) {
        return new GetJobRunService(jobs);
    }

    @Bean
    GetLastCompletedRecomputationService getLastCompletedRecomputationService(BatchJobs jobs) {
        return new GetLastCompletedRecomputationService(jobs);
    }

    @Bean
    RecordJobRunService recordJobRunService(Auditor auditor) {
        return new RecordJobRunService(auditor);
    }

    /** The key of the signed audit digests, checked at start-up. */
    @Bean
    HeadDigest.Key auditDigestKey(AuditDigestProperties properties, Environment environment) {
        return AuditDigestKeys.resolve(properties.digestKey(), properties.digestKeyFile(),
            environment.acceptsProfiles(Profiles.of("prod")));
    }

    @Bean
    WriteAuditDigestService writeAuditDigestService(AuditTrail trail, AuditDigestArchive archive, Auditor auditor,
                                                    HeadDigest.Key auditDigestKey, Clock clock) {
        return new WriteAuditDigestService(trail, archive, auditor, auditDigestKey, clock);
    }

    @Bean
    VerifyAuditDigestService verifyAuditDigestService(AuditTrail trail, HeadDigest.Key auditDigestKey) {
        return new VerifyAuditDigestService(trail, auditDigestKey);
    }

    @Bean
    @ConditionalOnWebApplication
    PasswordEncoder passwordEncoder() {
        return ApiSecurity.passwordEncoder();
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityObservationSettings securityObservationSettings() {
        return ApiSecurity.securityObservationSettings();
    }

    @Bean
    @ConditionalOnWebApplication
    RoleHierarchy roleHierarchy() {
        return ApiSecurity.roleHierarchy();
    }

    @Bean
    @ConditionalOnWebApplication
    Accounts accounts(SurgeSecurityProperties properties, Environment environment, PasswordEncoder encoder,
                      ObjectProvider<JwtDecoder> tokens) {
        return ApiSecurity.accounts(properties, environment, encoder, tokens);
    }

    @Bean
    @ConditionalOnWebApplication
    SecuritySetup securitySetup(Accounts accounts, ObjectProvider<JwtDecoder> tokens,
                                SurgeSecurityProperties properties) {
        return ApiSecurity.securitySetup(accounts, tokens, properties);
    }

    @Bean
    @ConditionalOnWebApplication
    SignInThrottle signInThrottle(SurgeSecurityProperties properties) {
        return ApiSecurity.signInThrottle(properties);
    }

    @Bean
    @ConditionalOnWebApplication
    AuthenticationProvider basicAuthentication(Accounts accounts, PasswordEncoder encoder,
                                               SurgeSecurityProperties properties, SignInThrottle throttle) {
        return ApiSecurity.basicAuthentication(accounts, encoder, properties, throttle);
    }

    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain apiSecurity(HttpSecurity http, Accounts accounts, ObjectProvider<JwtDecoder> tokens,
                                    SurgeSecurityProperties properties, RoleHierarchy hierarchy,
                                    @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        return ApiSecurity.filterChain(http, accounts, tokens, properties, hierarchy, resolver);
    }

    /** The pool that simulations and sweeps run on. */
    @Bean
    BoundedComputations computations(ComputationProperties properties) {
        return new BoundedComputations(properties.threadCount(), properties.queue(), properties.retryAfter());
    }

    /**
     * The database's part of readiness. Boot's own {@code db} indicator borrows a connection from the pool for every
     * probe: while the database is down each probe then waits for the pool's timeout, and a load balancer that gives a
     * probe one second sees only time-outs. This one answers from what a background check last found (see
     * {@link DatabaseReachability}), at once, and is named so that it takes the place of Boot's {@code db} indicator
     * in the readiness group.
     */
    @Bean
    HealthIndicator dbHealthIndicator(DatabaseReachability reachability) {
        return () -> {
            DatabaseReachability.Finding finding = reachability.current();
            Health.Builder health = finding.reachable() ? Health.up() : Health.down();
            if (finding.lastAnswer() != null) {
                health.withDetail("lastAnswer", finding.lastAnswer().toString());
            }
            if (finding.problem() != null) {
                health.withDetail("problem", finding.problem());
            }
            return health.build();
        };
    }

    @Bean
    PolicyMeters policyMeters(ListPoliciesQuery policies, GetPolicyStatusQuery status,
                              GetRestatementsQuery restatements, SurgeMetricsProperties properties) {
        return new PolicyMeters(policies, status, restatements, properties.statusCacheTtl());
    }

    @Bean
    PolicyDateMeters policyDateMeters(ListPoliciesQuery policies, GetPolicyStatusQuery status,
                                      SurgeMetricsProperties properties) {
        return new PolicyDateMeters(policies, status, properties.statusCacheTtl());
    }

    @Bean
    LastRecomputationMeter lastRecomputationMeter(GetLastCompletedRecomputationQuery query,
                                                  SurgeMetricsProperties properties) {
        return new LastRecomputationMeter(query, properties.statusCacheTtl());
    }

    @Bean
    AuditChainMeters auditChainMeters(VerifyAuditTrailQuery verifier, Clock clock,
                                      SurgeMetricsProperties properties) {
        return new AuditChainMeters(verifier, clock, properties.auditVerificationInterval(),
            properties.auditVerificationInitialDelay());
    }

    @Bean
    ReadinessMeter readinessMeter(HealthEndpoint health) {
        return new ReadinessMeter(health);
    }

    @Bean
    ImportMeters importMeters(ImportFormats formats) {
        return new ImportMeters(formats);
    }

    /**
     * Spring Batch observes every item a chunk step reads and every item it processes, each with a timer: a million
     * observations per million-line import, a third of the staging step's time, which say nothing that the step's and
     * the chunk writes' timers do not. Those two are kept; the per-item ones are not made.
     */
    @Bean
    ObservationPredicate noObservationOfEachBatchItem() {
        return (name, context) -> !BATCH_ITEM_OBSERVATIONS.contains(name);
    }

    @Bean
    TallyCounters tallyCounters(MeterRegistry registry, SurgeMetricsProperties properties) {
        return new TallyCounters(registry, new SourceTags(properties.maxSources()));
    }

    /** Submitting tallies: the one bean of its in-port is the metered decorator around the service. */
    @Bean
    SubmitTalliesUseCase submitTallies(TallyLedger ledger, PolicyCatalog catalog, Clock clock,
                                       DeterminationRecorder recorder, Auditor auditor, TallyCounters tallies,
                                       MeterRegistry registry, PlatformTransactionManager transactions) {
        // The submission itself is no transaction: it waits for its group, and the group's writes are one.
        TallyWrites writes = TransactionalUseCase.of(TallyWrites.class,
            new TransactionalTallyWrites(ledger, recorder, auditor), transactions);
        SubmitTalliesService service = new SubmitTalliesService(catalog, clock, writes, recorder);
        TallyCounters.groupsStored(registry, service, SubmitTalliesService::groupsStored);
        return new MeteredSubmitTallies(service, tallies);
    }

    /** Publishing an import: the one bean of its in-port is the metered decorator around the service. */
    @Bean
    PublishImportUseCase publishImport(ImportRecords records, ImportPublisher publisher, MeterRegistry registry,
                                       TallyCounters tallies, PlatformTransactionManager transactions) {
        PublishImportService service = new PublishImportService(records, publisher);
        return new MeteredPublishImport(TransactionalUseCase.of(PublishImportUseCase.class, service, transactions),
            registry, tallies);
    }

    /** Failing an import: the one bean of its in-port is the metered decorator around the service. */
    @Bean
    FailImportUseCase failImport(ImportRecords records, ImportStates states, Clock clock, Auditor auditor,
                                 MeterRegistry registry, PlatformTransactionManager transactions) {
        ImportFailureService service = new ImportFailureService(records, states, clock, auditor);
        return new MeteredFailImport(TransactionalUseCase.of(FailImportUseCase.class, service, transactions),
            registry);
    }

    /** The recomputation: the one bean of its in-port is the metered decorator around the service. */
    @Bean
    RecomputePoliciesUseCase recomputePolicies(PolicyCatalog catalog, EvaluationInputs inputs,
                                               PolicyEvaluation evaluation, Clock clock,
                                               DeterminationRecorder recorder, DeterminationLog log,
                                               RestatementLog restatements, MeterRegistry registry,
                                               PlatformTransactionManager transactions) {
        RecomputePoliciesService service = new RecomputePoliciesService(catalog, inputs, evaluation, clock, recorder,
            log, restatements);
        return new MeteredRecomputation(TransactionalUseCase.of(RecomputePoliciesUseCase.class, service,
            transactions), registry);
    }

    /**
     * The determination log's one bean is metered: the log the persistence adapter makes is wrapped as it is made, so
     * that there is one bean of the port's type and injection needs no qualifier.
     */
    @Bean
    static BeanPostProcessor meteredDeterminationLog(ObjectProvider<MeterRegistry> registry) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DeterminationLog log && !(bean instanceof MeteredDeterminationLog)
                    ? new MeteredDeterminationLog(log, registry.getObject()) : bean;
            }
        };
    }
}
