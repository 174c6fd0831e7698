package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.surgepolicy.application.port.in.GetDeterminationsQuery;
import org.surgepolicy.application.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.port.in.GetRestatementsQuery;
import org.surgepolicy.application.port.in.GetTimelineQuery;
import org.surgepolicy.application.port.in.ListAuditEventsQuery;
import org.surgepolicy.application.port.in.ListOverridesQuery;
import org.surgepolicy.application.port.in.Outcome;
import org.surgepolicy.application.port.in.RecordOverrideUseCase;
import org.surgepolicy.application.port.in.SimulatePolicyUseCase;
import org.surgepolicy.application.port.in.SubmitTalliesUseCase;
import org.surgepolicy.application.port.in.SweepParametersUseCase;
import org.surgepolicy.application.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.application.port.out.AuditTrail;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.InEffect;
import org.surgepolicy.domain.rule.PolicyStatus;

/**
 * Every endpoint of docs/api.md against every role and no one at all: the roles allowed get the endpoint's answer
 * (for the endpoints not built yet: anything but 401 or 403), the others 403, and no one 401 (but where it is open).
 */
@SecuredApiTest
@TestPropertySource(properties = {
    "surge.security.users[0].username=viewer", "surge.security.users[0].password={noop}viewer-secret",
    "surge.security.users[0].roles=VIEWER",
    "surge.security.users[1].username=operator", "surge.security.users[1].password={noop}operator-secret",
    "surge.security.users[1].roles=OPERATOR",
    "surge.security.users[2].username=auditor", "surge.security.users[2].password={noop}auditor-secret",
    "surge.security.users[2].roles=AUDITOR",
    "surge.security.users[3].username=admin", "surge.security.users[3].password={noop}admin-secret",
    "surge.security.users[3].roles=ADMIN"})
class EndpointAuthorizationTest {

    private static final Set<Role> EVERY_ROLE = EnumSet.allOf(Role.class);
    private static final Set<Role> OPERATORS = EnumSet.of(Role.OPERATOR, Role.ADMIN);
    private static final Set<Role> AUDITORS = EnumSet.of(Role.AUDITOR, Role.ADMIN);
    private static final Set<Role> ADMINS = EnumSet.of(Role.ADMIN);
    /** Open to anyone, signed in or not. */
    private static final Set<Role> ANYONE = null;
    /** The endpoint is not built yet: only the authorisation is checked. */
    private static final int NOT_BUILT = -1;
    private static final String POLICY = "/api/v1/policies/securing-the-border";
    private static final String KNOWN_AT = "?knownAt=2024-08-01T00:00:00Z";
    private static final String OVERRIDE = """
        {"state": "IN_EFFECT", "from": "2024-08-01", "reason": "Court order", "authority": "A court"}""";

    /** One endpoint of the API, who may call it, and what it answers them. */
    record Endpoint(HttpMethod method, String uri, MediaType type, String body, Set<Role> allowed, int success) {

        static Endpoint get(String uri, Set<Role> allowed, int success) {
            return new Endpoint(HttpMethod.GET, uri, null, null, allowed, success);
        }

        static Endpoint post(String uri, String body, Set<Role> allowed, int success) {
            return new Endpoint(HttpMethod.POST, uri, body == null ? null : MediaType.APPLICATION_JSON, body, allowed,
                success);
        }

        @Override
        public String toString() {
            return method + " " + uri;
        }
    }

    static Stream<Arguments> endpointsAndCallers() {
        List<Endpoint> endpoints = List.of(
            Endpoint.get("/api/v1/policies", EVERY_ROLE, 200),
            Endpoint.get(POLICY + "/status", EVERY_ROLE, 200),
            Endpoint.get(POLICY + "/status" + KNOWN_AT, AUDITORS, 200),
            Endpoint.get(POLICY + "/timeline", EVERY_ROLE, 200),
            Endpoint.get(POLICY + "/timeline" + KNOWN_AT + "&from=2024-07-01", AUDITORS, 200),
            Endpoint.get(POLICY + "/determinations", EVERY_ROLE, 200),
            Endpoint.get(POLICY + "/determinations" + KNOWN_AT, AUDITORS, 200),
            Endpoint.get(POLICY + "/restatements", AUDITORS, 200),
            Endpoint.get(POLICY + "/overrides", EVERY_ROLE, 200),
            Endpoint.post(POLICY + "/overrides", OVERRIDE, ADMINS, 201),
            Endpoint.post(POLICY + "/simulations", "{}", EVERY_ROLE, 200),
            Endpoint.post(POLICY + "/sweeps", "{\"parameters\": {\"window\": [7]}}", EVERY_ROLE, 200),
            Endpoint.post("/api/v1/tallies", SecuredApi.TALLIES, OPERATORS, 200),
            Endpoint.get("/api/v1/tallies?date=2024-08-01", EnumSet.of(Role.OPERATOR, Role.AUDITOR, Role.ADMIN), 200),
            Endpoint.get("/api/v1/tallies?date=2024-08-01&history=true&knownAt=2024-08-02T00:00:00Z", AUDITORS, 200),
            new Endpoint(HttpMethod.POST, "/api/v1/imports?format=daily", MediaType.parseMediaType("text/csv"),
                "date,component,area,demographic,citizenship,encounter_type,count\n", OPERATORS, NOT_BUILT),
            Endpoint.get("/api/v1/imports/1", OPERATORS, NOT_BUILT),
            Endpoint.get("/api/v1/imports/1/rejects", OPERATORS, NOT_BUILT),
            Endpoint.post("/api/v1/imports/1/restart", null, OPERATORS, NOT_BUILT),
            Endpoint.post("/api/v1/jobs/recompute", null, ADMINS, NOT_BUILT),
            Endpoint.get("/api/v1/jobs/1", ADMINS, NOT_BUILT),
            Endpoint.get("/api/v1/reports", AUDITORS, NOT_BUILT),
            Endpoint.get("/api/v1/reports/job-1-summary.json", AUDITORS, NOT_BUILT),
            Endpoint.get("/api/v1/reference", EVERY_ROLE, NOT_BUILT),
            Endpoint.get("/api/v1/audit/events", AUDITORS, 200),
            Endpoint.get("/api/v1/audit/verification", AUDITORS, 200),
            Endpoint.get("/api/v1/reconciliation", AUDITORS, NOT_BUILT),
            Endpoint.get("/actuator/prometheus", AUDITORS, 200),
            Endpoint.get("/", EVERY_ROLE, 200),
            Endpoint.get("/dashboard/dashboard.js", EVERY_ROLE, 200),
            Endpoint.get("/webjars/echarts/5.3.1/dist/echarts.min.js", EVERY_ROLE, 200),
            Endpoint.get("/actuator", ADMINS, 200),
            Endpoint.get("/actuator/health", ANYONE, 200),
            Endpoint.get("/actuator/health/liveness", ANYONE, 200),
            Endpoint.get("/actuator/health/readiness", ANYONE, 200),
            Endpoint.get("/v3/api-docs", EVERY_ROLE, 200),
            Endpoint.get("/swagger-ui/index.html", EVERY_ROLE, 200));
        List<Arguments> cases = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            cases.add(Arguments.argumentSet(endpoint + " anonymously", endpoint, null));
            for (Role role : Role.values()) {
                cases.add(Arguments.argumentSet(endpoint + " as " + role, endpoint, role));
            }
        }
        return cases.stream();
    }

    @Autowired
    private MockMvc mvc;
    @Autowired
    private SubmitTalliesUseCase submitTallies;
    @Autowired
    private GetPolicyStatusQuery status;
    @Autowired
    private GetTimelineQuery timeline;
    @Autowired
    private GetDeterminationsQuery determinations;
    @Autowired
    private GetRestatementsQuery restatements;
    @Autowired
    private ListOverridesQuery overrides;
    @Autowired
    private RecordOverrideUseCase recordOverride;
    @Autowired
    private SimulatePolicyUseCase simulate;
    @Autowired
    private SweepParametersUseCase sweep;
    @Autowired
    private ListAuditEventsQuery auditEvents;
    @Autowired
    private VerifyAuditTrailQuery verifyAudit;

    @BeforeEach
    void answerEveryUseCase() {
        LocalDate day = LocalDate.parse("2024-08-01");
        when(submitTallies.submit(any())).thenReturn(new Outcome.Done<>(
            new SubmitTalliesUseCase.Receipt(1, 1, 0, List.of())));
        when(status.status(any())).thenReturn(Optional.of(new PolicyStatus("securing-the-border", new InEffect(day),
            PolicyStateKind.IN_EFFECT, "p10773", day, null, null, 0, 1, null, null, null, null)));
        when(timeline.timeline(any())).thenReturn(Optional.of(List.of()));
        when(determinations.determinations(any())).thenReturn(Optional.of(List.of()));
        when(restatements.restatements(any())).thenReturn(Optional.of(
            new GetRestatementsQuery.Restatements("securing-the-border", List.of(), List.of(), List.of())));
        when(overrides.overrides(any())).thenReturn(Optional.of(List.of()));
        when(recordOverride.record(any())).thenReturn(new Outcome.Done<>(new PolicyOverride(1,
            PolicyStateKind.IN_EFFECT, day, null, "Court order", "A court", Instant.parse("2024-08-01T12:00:00Z"),
            "admin")));
        when(simulate.simulate(any())).thenReturn(new Outcome.Done<>(
            new SimulatePolicyUseCase.Result(List.of(), List.of())));
        when(sweep.sweep(any())).thenReturn(new Outcome.Done<>(List.of()));
        when(auditEvents.list(any())).thenReturn(new AuditTrail.Page(List.of(), 0, 0, 50));
        when(verifyAudit.verify()).thenReturn(new AuditChain.Verification(0, null, null));
    }

    @ParameterizedTest
    @MethodSource("endpointsAndCallers")
    void onlyTheRolesTheApiNamesMayCallAnEndpoint(Endpoint endpoint, Role caller) throws Exception {
        MockHttpServletRequestBuilder request = request(endpoint.method(), endpoint.uri());
        if (endpoint.body() != null) {
            request.contentType(endpoint.type()).content(endpoint.body());
        }
        if (caller != null) {
            String name = caller.name().toLowerCase(Locale.ROOT);
            request.with(httpBasic(name, name + "-secret"));
        }

        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();

        boolean open = endpoint.allowed() == ANYONE;
        if (caller == null && !open) {
            assertThat(response.getStatus()).as("no credentials").isEqualTo(401);
        } else if (!open && !endpoint.allowed().contains(caller)) {
            assertThat(response.getStatus()).as("a role not allowed").isEqualTo(403);
        } else if (endpoint.success() == NOT_BUILT) {
            assertThat(response.getStatus()).as("let through to an endpoint not built yet").isNotIn(401, 403);
        } else {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(endpoint.success());
        }
    }
}
