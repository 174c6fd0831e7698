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
import org.surgepolicy.application.service.CachedPolicyEvaluation;
import org.surgepolicy.application.service.DeterminationRecorder;
import org.surgepolicy.application.service.EvaluationInputs;
import org.surgepolicy.application.service.OverrideService;
import org.surgepolicy.application.service.PolicyEvaluation;
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
    EvaluationInputs evaluationInputs(TallyLedger ledger, OverrideStore overrides, Clock clock) {
        return new EvaluationInputs(ledger, overrides, clock);
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
    SubmitTalliesService submitTalliesService(TallyLedger ledger, PolicyCatalog catalog, Clock clock,
                                              DeterminationRecorder recorder, Auditor auditor) {
        return new SubmitTalliesService(ledger, catalog, clock, recorder, auditor);
    }

    @Bean
    PolicyQueryService policyQueryService(PolicyCatalog catalog, EvaluationInputs inputs,
                                          PolicyEvaluation evaluation, DeterminationLog log) {
        return new PolicyQueryService(catalog, inputs, evaluation, log);
    }

    @Bean
    OverrideService overrideService(PolicyCatalog catalog, Clock clock, OverrideStore store, Auditor auditor) {
        return new OverrideService(catalog, clock, store, auditor);
    }

    @Bean
    WhatIfService whatIfService(PolicyCatalog catalog, EvaluationInputs inputs, Computations computations) {
        return new WhatIfService(catalog, inputs, computations);
    }

    @Bean
    TallyQueryService tallyQueryService(TallyLedger ledger) {
        return new TallyQueryService(ledger);
    }

    @Bean
    RecomputePoliciesService recomputePoliciesService(PolicyCatalog catalog, EvaluationInputs inputs,
                                                      PolicyEvaluation evaluation, Clock clock,
                                                      DeterminationRecorder recorder, DeterminationLog log,
                                                      RestatementLog restatements) {
        return new RecomputePoliciesService(catalog, inputs, evaluation, clock, recorder, log, restatements);
    }

    @Bean
    AuditQueryService auditQueryService(AuditTrail trail) {
        return new AuditQueryService(trail);
    }
}
