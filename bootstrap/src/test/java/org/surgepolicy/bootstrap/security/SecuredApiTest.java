package org.surgepolicy.bootstrap.security;

import org.surgepolicy.securedapi.SecuredApiTestApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.surgepolicy.application.port.in.GetDemoDataQuery;
import org.surgepolicy.application.port.in.GetDeterminationsQuery;
import org.surgepolicy.application.port.in.GetImportQuery;
import org.surgepolicy.application.port.in.GetJobRunQuery;
import org.surgepolicy.application.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.port.in.GetReferenceDataQuery;
import org.surgepolicy.application.port.in.GetReportQuery;
import org.surgepolicy.application.port.in.GetRestatementsQuery;
import org.surgepolicy.application.port.in.GetTalliesQuery;
import org.surgepolicy.application.port.in.GetTimelineQuery;
import org.surgepolicy.application.port.in.ListAuditEventsQuery;
import org.surgepolicy.application.port.in.ListOverridesQuery;
import org.surgepolicy.application.port.in.ListPoliciesQuery;
import org.surgepolicy.application.port.in.ListReportsQuery;
import org.surgepolicy.application.port.in.ReconcileQuery;
import org.surgepolicy.application.port.in.RecordOverrideUseCase;
import org.surgepolicy.application.port.in.RestartImportUseCase;
import org.surgepolicy.application.port.in.SimulatePolicyUseCase;
import org.surgepolicy.application.port.in.StartImportUseCase;
import org.surgepolicy.application.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.port.in.SubmitTalliesUseCase;
import org.surgepolicy.application.port.in.SweepParametersUseCase;
import org.surgepolicy.application.port.in.VerifyAuditDigestQuery;
import org.surgepolicy.application.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.application.port.in.WriteAuditDigestUseCase;

/** The secured API behind MockMvc, with the security filters on and every use case mocked. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SecuredApiTestApplication.class, properties = {
    SecuredApiTest.EXPOSE_ENDPOINTS, SecuredApiTest.HEALTH_PROBES, SecuredApiTest.NO_JOBS_AT_START})
@AutoConfigureMockMvc
@MockitoBean(types = {SubmitTalliesUseCase.class, GetTalliesQuery.class, ListPoliciesQuery.class,
    GetPolicyStatusQuery.class, GetTimelineQuery.class, GetDeterminationsQuery.class, GetRestatementsQuery.class,
    RecordOverrideUseCase.class, ListOverridesQuery.class, SimulatePolicyUseCase.class,
    SweepParametersUseCase.class, ListAuditEventsQuery.class, VerifyAuditTrailQuery.class,
    WriteAuditDigestUseCase.class, VerifyAuditDigestQuery.class, StartImportUseCase.class,
    RestartImportUseCase.class, GetImportQuery.class, GetDemoDataQuery.class, StartRecomputationUseCase.class,
    GetJobRunQuery.class, ReconcileQuery.class, ListReportsQuery.class, GetReportQuery.class,
    GetReferenceDataQuery.class})
@interface SecuredApiTest {

    String EXPOSE_ENDPOINTS = "management.endpoints.web.exposure.include=health,info,prometheus";
    String HEALTH_PROBES = "management.endpoint.health.probes.enabled=true";
    String NO_JOBS_AT_START = "spring.batch.job.enabled=false";
}
