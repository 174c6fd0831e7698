package org.surgepolicy.bootstrap.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.surgepolicy.application.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.port.in.GetRestatementsQuery;
import org.surgepolicy.application.port.in.ListPoliciesQuery;
import org.surgepolicy.application.port.in.PublishImportUseCase;
import org.surgepolicy.application.port.in.RecomputePoliciesUseCase;
import org.surgepolicy.application.port.in.SubmitTalliesUseCase;
import org.surgepolicy.application.port.out.DeterminationLog;

/**
 * The service's own meters ({@code surge.*}): gauges read from each policy's status when scraped, and decorators
 * around the use cases and ports whose work they count or time (submissions, imports, determinations, the
 * recomputation, which the nightly job runs through this bean). Spring Batch's own job and step meters reach the same
 * registry through Spring Boot's observation registry, with nothing to configure here. Each decorator is the primary bean of its interface,
 * so that every caller (a controller, a batch job, another use case) goes through it; it wraps the bean it is named
 * after, which keeps its transaction.
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
    PublishImportUseCase meteredPublishImport(@Qualifier("importService") PublishImportUseCase publish,
                                              MeterRegistry registry, TallyCounters tallies) {
        return new MeteredPublishImport(publish, registry, tallies);
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
