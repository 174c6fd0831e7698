package org.surgepolicy.bootstrap;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.surgepolicy.application.port.out.AuditTrail;
import org.surgepolicy.application.port.out.Computations;
import org.surgepolicy.application.port.out.DeterminationLog;
import org.surgepolicy.application.port.out.OverrideStore;
import org.surgepolicy.application.port.out.PolicyCatalog;
import org.surgepolicy.application.port.out.RestatementLog;
import org.surgepolicy.application.port.out.TallyLedger;
import org.surgepolicy.application.service.AuditQueryService;
import org.surgepolicy.application.service.Auditor;
import org.surgepolicy.application.service.DeterminationRecorder;
import org.surgepolicy.application.service.OverrideService;
import org.surgepolicy.application.service.PolicyEvaluations;
import org.surgepolicy.application.service.PolicyQueryService;
import org.surgepolicy.application.service.RecomputePoliciesService;
import org.surgepolicy.application.service.SubmitTalliesService;
import org.surgepolicy.application.service.TallyQueryService;
import org.surgepolicy.application.service.WhatIfService;

/** The use cases, created explicitly from their ports (no component scan reaches the application module). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SurgeDataProperties.class)
public class UseCaseConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    PolicyEvaluations policyEvaluations(PolicyCatalog catalog, TallyLedger ledger, OverrideStore overrides,
                                        Clock clock, SurgeDataProperties data) {
        return new PolicyEvaluations(catalog, ledger, overrides, clock, data.staleAfterDays());
    }

    @Bean
    Auditor auditor(AuditTrail trail, Clock clock) {
        return new Auditor(trail, clock);
    }

    @Bean
    DeterminationRecorder determinationRecorder(PolicyEvaluations evaluations, DeterminationLog log,
                                                Auditor auditor) {
        return new DeterminationRecorder(evaluations, log, auditor);
    }

    @Bean
    SubmitTalliesService submitTalliesService(TallyLedger ledger, PolicyEvaluations evaluations,
                                              DeterminationRecorder recorder, Auditor auditor) {
        return new SubmitTalliesService(ledger, evaluations, recorder, auditor);
    }

    @Bean
    PolicyQueryService policyQueryService(PolicyEvaluations evaluations, DeterminationLog log) {
        return new PolicyQueryService(evaluations, log);
    }

    @Bean
    OverrideService overrideService(PolicyEvaluations evaluations, OverrideStore store, Auditor auditor) {
        return new OverrideService(evaluations, store, auditor);
    }

    @Bean
    WhatIfService whatIfService(PolicyEvaluations evaluations, Computations computations) {
        return new WhatIfService(evaluations, computations);
    }

    @Bean
    TallyQueryService tallyQueryService(TallyLedger ledger) {
        return new TallyQueryService(ledger);
    }

    @Bean
    RecomputePoliciesService recomputePoliciesService(PolicyEvaluations evaluations, DeterminationRecorder recorder,
                                                      DeterminationLog log, RestatementLog restatements) {
        return new RecomputePoliciesService(evaluations, recorder, log, restatements);
    }

    @Bean
    AuditQueryService auditQueryService(AuditTrail trail) {
        return new AuditQueryService(trail);
    }
}
