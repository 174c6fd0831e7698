package org.surgepolicy.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.surgepolicy.application.port.in.FailImportUseCase;
import org.surgepolicy.application.port.in.GetLastCompletedRecomputationQuery;
import org.surgepolicy.application.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.port.in.GetRestatementsQuery;
import org.surgepolicy.application.port.in.ListPoliciesQuery;
import org.surgepolicy.application.port.in.PublishImportUseCase;
import org.surgepolicy.application.port.in.RecomputePoliciesUseCase;
import org.surgepolicy.application.port.in.SubmitTalliesUseCase;
import org.surgepolicy.application.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.application.port.out.DeterminationLog;
import org.surgepolicy.domain.imports.ImportFormats;

/**
 * The service's own meters ({@code surge.*}): gauges read from each policy's status when scraped, and decorators
 * around the use cases and ports whose work they count or time (submissions, imports, determinations, the
 * recomputation, which the nightly job runs through this bean). Spring Batch's own job and step meters reach the same
 * registry through Spring Boot's observation registry, with nothing to configure here. Each decorator is the primary bean of its interface,
 * so that every caller (a controller, a batch job, another use case) goes through it; it wraps the bean it is named
 * after, which keeps its transaction. The meters that the alerting rules of {@code deploy/prometheus} need besides:
 * dates as timestamps, the last completed recomputation, the audit chain's verification and the readiness.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurgeMetricsProperties.class)
public class MetricsConfiguration {

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
    AuditChainMeters auditChainMeters(VerifyAuditTrailQuery verifier, Clock clock) {
        return new AuditChainMeters(verifier, clock);
    }

    @Bean
    ReadinessMeter readinessMeter(HealthEndpoint health) {
        return new ReadinessMeter(health);
    }

    @Bean
    ImportMeters importMeters(ImportFormats formats) {
        return new ImportMeters(formats);
    }

    @Bean
    TallyCounters tallyCounters(MeterRegistry registry, SurgeMetricsProperties properties) {
        return new TallyCounters(registry, new SourceTags(properties.maxSources()));
    }

    @Bean
    @Primary
    SubmitTalliesUseCase meteredSubmitTallies(@Qualifier("submitTalliesService") SubmitTalliesUseCase submit,
                                              TallyCounters tallies) {
        return new MeteredSubmitTallies(submit, tallies);
    }

    @Bean
    @Primary
    PublishImportUseCase meteredPublishImport(@Qualifier("publishImportService") PublishImportUseCase publish,
                                              MeterRegistry registry, TallyCounters tallies) {
        return new MeteredPublishImport(publish, registry, tallies);
    }

    @Bean
    @Primary
    FailImportUseCase meteredFailImport(@Qualifier("importFailureService") FailImportUseCase fail,
                                        MeterRegistry registry) {
        return new MeteredFailImport(fail, registry);
    }

    @Bean
    @Primary
    RecomputePoliciesUseCase meteredRecomputation(
        @Qualifier("recomputePoliciesService") RecomputePoliciesUseCase recompute, MeterRegistry registry) {
        return new MeteredRecomputation(recompute, registry);
    }

    @Bean
    @Primary
    DeterminationLog meteredDeterminationLog(@Qualifier("determinationLog") DeterminationLog log,
                                             MeterRegistry registry) {
        return new MeteredDeterminationLog(log, registry);
    }
}
