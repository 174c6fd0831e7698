package org.surgepolicy.adapter.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.surgepolicy.application.audit.port.in.ListAuditEventsQuery;
import org.surgepolicy.application.audit.port.in.VerifyAuditDigestQuery;
import org.surgepolicy.application.audit.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.application.audit.port.in.WriteAuditDigestUseCase;
import org.surgepolicy.application.imports.port.in.GetDemoDataQuery;
import org.surgepolicy.application.imports.port.in.GetImportQuery;
import org.surgepolicy.application.imports.port.in.RestartImportUseCase;
import org.surgepolicy.application.imports.port.in.StartImportUseCase;
import org.surgepolicy.application.jobs.port.in.GetJobRunQuery;
import org.surgepolicy.application.jobs.port.in.GetReportQuery;
import org.surgepolicy.application.jobs.port.in.ListReportsQuery;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;
import org.surgepolicy.application.policy.port.in.GetDeterminationsQuery;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.application.policy.port.in.ListActivationDecisionsQuery;
import org.surgepolicy.application.policy.port.in.ListOverridesQuery;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.application.policy.port.in.RecordActivationDecisionUseCase;
import org.surgepolicy.application.policy.port.in.RecordOverrideUseCase;
import org.surgepolicy.application.reference.port.in.GetReferenceDataQuery;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;
import org.surgepolicy.application.simulation.port.in.SimulatePolicyUseCase;
import org.surgepolicy.application.simulation.port.in.SweepParametersUseCase;
import org.surgepolicy.application.tally.port.in.GetTalliesQuery;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;

/** Every use case the adapter calls, as a Mockito mock that a test can inject and stub. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@MockitoBean(types = {SubmitTalliesUseCase.class, GetTalliesQuery.class, ListPoliciesQuery.class,
    GetPolicyStatusQuery.class, GetTimelineQuery.class, ComparePoliciesQuery.class,
    GetDeterminationsQuery.class, GetRestatementsQuery.class,
    RecordOverrideUseCase.class, ListOverridesQuery.class, RecordActivationDecisionUseCase.class,
    ListActivationDecisionsQuery.class, SimulatePolicyUseCase.class,
    SweepParametersUseCase.class, ListAuditEventsQuery.class, VerifyAuditTrailQuery.class,
    WriteAuditDigestUseCase.class, VerifyAuditDigestQuery.class, StartImportUseCase.class,
    RestartImportUseCase.class, GetImportQuery.class, GetDemoDataQuery.class, StartRecomputationUseCase.class,
    GetJobRunQuery.class, ReconcileQuery.class, ListReportsQuery.class, GetReportQuery.class,
    GetReferenceDataQuery.class})
public @interface MockedUseCases {
}
