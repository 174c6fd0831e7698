package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.surgepolicy.bootstrap.security.HandlerEndpoints.mappings;
import static org.surgepolicy.bootstrap.security.HandlerEndpoints.method;
import static org.surgepolicy.bootstrap.security.HandlerEndpoints.pattern;
import static org.surgepolicy.bootstrap.security.HandlerEndpoints.rowOf;
import static org.surgepolicy.bootstrap.security.Role.ADMIN;
import static org.surgepolicy.bootstrap.security.Role.AUDITOR;
import static org.surgepolicy.bootstrap.security.Role.OPERATOR;
import static org.surgepolicy.bootstrap.security.Role.VIEWER;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.mockito.Mockito;
import org.mockito.invocation.Invocation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.surgepolicy.adapter.rest.knownat.KnownAt;
import org.surgepolicy.application.audit.port.in.AuditPage;
import org.surgepolicy.application.audit.port.in.ListAuditEventsQuery;
import org.surgepolicy.application.audit.port.in.VerifyAuditTrailQuery;
import org.surgepolicy.application.audit.port.in.WriteAuditDigestUseCase;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.GetImportQuery;
import org.surgepolicy.application.imports.port.in.RestartImportUseCase;
import org.surgepolicy.application.imports.port.in.StartImportUseCase;
import org.surgepolicy.application.jobs.port.in.GetJobRunQuery;
import org.surgepolicy.application.jobs.port.in.GetReportQuery;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.in.ListReportsQuery;
import org.surgepolicy.application.jobs.port.in.Report;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;
import org.surgepolicy.application.policy.port.in.GetDeterminationsQuery;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.application.policy.port.in.ListOverridesQuery;
import org.surgepolicy.application.policy.port.in.RecordOverrideUseCase;
import org.surgepolicy.application.reference.ReferenceDataService;
import org.surgepolicy.application.reference.port.in.GetReferenceDataQuery;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;
import org.surgepolicy.application.simulation.port.in.SimulatePolicyUseCase;
import org.surgepolicy.application.simulation.port.in.SweepParametersUseCase;
import org.surgepolicy.application.tally.port.in.GetTalliesQuery;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.HeadDigest;
import org.surgepolicy.domain.fixtures.Evaluations;
import org.surgepolicy.domain.fixtures.PolicyFixtures;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * The {@link AccessTable} held against the application's own handler mappings, and every endpoint called by every
 * role and by no one, with {@code knownAt} absent, in the query, as a form field and as a multipart part: the roles
 * of its row get the endpoint's answer and the others a 403 (no one a 401, but where it is open); {@code knownAt}
 * needs AUDITOR in addition; a form or multipart body is a 415 wherever no file is uploaded, and {@code knownAt} is
 * never read from a body.
 */
@SecuredApiTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
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

    private static final String POLICY = "/api/v1/policies/securing-the-border";
    private static final Instant KNOWN_AT = Instant.parse("2024-08-01T00:00:00Z");
    private static final String CSV = "date,component,area,demographic,citizenship,encounter_type,count\n";
    private static final MediaType TEXT_CSV = MediaType.parseMediaType("text/csv");
    /** Any answer but 401 and 403: for an endpoint this test has no example of. */
    private static final int LET_THROUGH = -1;

    /** How a request carries {@code knownAt}. */
    enum KnownAtIn { NOWHERE, QUERY, FORM_FIELD, MULTIPART_PART }

    /**
     * A request that an endpoint answers with {@code success} when its caller holds one of {@code roles} (or a role
     * that implies one), the roles docs/api.md gives it; none: open to anyone.
     */
    record Example(String path, MediaType type, String body, int success, Set<Role> roles) {

        static Example of(String path, int success, Role... roles) {
            return new Example(path, null, null, success, Set.of(roles));
        }

        static Example json(String path, String body, int success, Role... roles) {
            return new Example(path, MediaType.APPLICATION_JSON, body, success, Set.of(roles));
        }
    }

    /** One endpoint: its method and pattern, the row that decides it, and the request that calls it. */
    record Endpoint(HttpMethod method, String pattern, AccessTable.Row row, Example example) {

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    /**
     * Requests for the endpoints (by method and pattern), what they answer and who may call them, as docs/api.md says:
     * written here apart from the table, so that a row that grants the wrong role fails.
     */
    private static final Map<String, Example> EXAMPLES = Map.ofEntries(
        Map.entry("GET /api/v1/policies", Example.of("/api/v1/policies", 200, VIEWER)),
        Map.entry("GET /api/v1/policies/{id}/status", Example.of(POLICY + "/status", 200, VIEWER)),
        Map.entry("GET /api/v1/policies/{id}/timeline",
            Example.of(POLICY + "/timeline?from=2024-07-01", 200, VIEWER)),
        Map.entry("GET /api/v1/policies/{id}/determinations", Example.of(POLICY + "/determinations", 200, VIEWER)),
        Map.entry("GET /api/v1/policies/{id}/restatements", Example.of(POLICY + "/restatements", 200, AUDITOR)),
        Map.entry("GET /api/v1/policies/{id}/overrides", Example.of(POLICY + "/overrides", 200, VIEWER)),
        Map.entry("POST /api/v1/policies/{id}/overrides", Example.json(POLICY + "/overrides", """
            {"state": "IN_EFFECT", "from": "2024-08-01", "reason": "Court order", "authority": "A court"}""", 201,
            ADMIN)),
        Map.entry("POST /api/v1/policies/{id}/simulations", Example.json(POLICY + "/simulations", "{}", 200, VIEWER)),
        Map.entry("POST /api/v1/policies/{id}/sweeps",
            Example.json(POLICY + "/sweeps", "{\"parameters\": {\"window\": [7]}}", 200, VIEWER)),
        Map.entry("GET /api/v1/comparisons", Example.of("/api/v1/comparisons?policies=securing-the-border,"
            + "border-emergency-authority&from=2024-07-01&to=2024-07-02", 200, VIEWER)),
        Map.entry("POST /api/v1/tallies", Example.json("/api/v1/tallies", SecuredApi.TALLIES, 200, OPERATOR)),
        Map.entry("GET /api/v1/tallies",
            Example.of("/api/v1/tallies?date=2024-08-01&history=true", 200, OPERATOR, AUDITOR)),
        Map.entry("POST /api/v1/imports",
            new Example("/api/v1/imports?format=daily", TEXT_CSV, CSV, 202, Set.of(OPERATOR))),
        Map.entry("GET /api/v1/imports/{id}", Example.of("/api/v1/imports/7", 200, OPERATOR)),
        Map.entry("GET /api/v1/imports/{id}/rejects", Example.of("/api/v1/imports/7/rejects", 200, OPERATOR)),
        Map.entry("POST /api/v1/imports/{id}/restart", Example.of("/api/v1/imports/7/restart", 202, OPERATOR)),
        Map.entry("GET /api/v1/demo-data", Example.of("/api/v1/demo-data", 200, VIEWER)),
        Map.entry("POST /api/v1/jobs/recompute", Example.of("/api/v1/jobs/recompute", 202, ADMIN)),
        Map.entry("GET /api/v1/jobs/{executionId}", Example.of("/api/v1/jobs/9", 200, ADMIN)),
        Map.entry("GET /api/v1/reports", Example.of("/api/v1/reports", 200, AUDITOR)),
        // No such report: the archive the test mocks is empty.
        Map.entry("GET /api/v1/reports/{name}", Example.of("/api/v1/reports/job-1-summary.json", 404, AUDITOR)),
        Map.entry("GET /api/v1/reference", Example.of("/api/v1/reference", 200, VIEWER)),
        Map.entry("GET /api/v1/audit/events", Example.of("/api/v1/audit/events", 200, AUDITOR)),
        Map.entry("GET /api/v1/audit/verification", Example.of("/api/v1/audit/verification", 200, AUDITOR)),
        Map.entry("POST /api/v1/audit/digests", Example.of("/api/v1/audit/digests", 201, ADMIN)),
        Map.entry("GET /api/v1/reconciliation",
            Example.of("/api/v1/reconciliation?from=2024-06&to=2024-07", 200, AUDITOR)),
        // Asked for directly, the error page says there is nothing to see.
        Map.entry("GET /error", Example.of("/error", 404, VIEWER)),
        Map.entry("GET /v3/api-docs", Example.of("/v3/api-docs", 200, VIEWER)),
        Map.entry("GET /v3/api-docs.yaml", Example.of("/v3/api-docs.yaml", 200, VIEWER)),
        Map.entry("GET /v3/api-docs/swagger-config", Example.of("/v3/api-docs/swagger-config", 200, VIEWER)),
        Map.entry("GET /swagger-ui.html", Example.of("/swagger-ui.html", 302, VIEWER)),
        Map.entry("GET /swagger-ui/**", Example.of("/swagger-ui/index.html", 200, VIEWER)),
        Map.entry("GET /", Example.of("/", 200, VIEWER)),
        Map.entry("GET /index.html", Example.of("/index.html", 200, VIEWER)),
        Map.entry("GET /dashboard/**", Example.of("/dashboard/dashboard.js", 200, VIEWER)),
        Map.entry("GET /webjars/**", Example.of("/webjars/echarts/5.3.1/dist/echarts.min.js", 200, VIEWER)),
        Map.entry("GET /actuator/health", Example.of("/actuator/health", 200)),
        Map.entry("GET /actuator/health/**", Example.of("/actuator/health/liveness", 200)),
        Map.entry("GET /actuator/prometheus", Example.of("/actuator/prometheus", 200, AUDITOR)),
        Map.entry("GET /actuator", Example.of("/actuator", 200, ADMIN)),
        Map.entry("GET /actuator/info", Example.of("/actuator/info", 200, ADMIN)));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ApplicationContext context;
    /** The application's own controllers (beside it, the actuator's {@code @ControllerEndpoint}s have theirs). */
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping controllers;
    @Autowired
    private SubmitTalliesUseCase submitTallies;
    @Autowired
    private GetTalliesQuery tallies;
    @Autowired
    private GetPolicyStatusQuery status;
    @Autowired
    private GetTimelineQuery timeline;
    @Autowired
    private ComparePoliciesQuery comparisons;
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
    @Autowired
    private WriteAuditDigestUseCase writeDigest;
    @Autowired
    private ListReportsQuery listReports;
    @Autowired
    private GetReferenceDataQuery referenceData;
    @Autowired
    private StartImportUseCase startImport;
    @Autowired
    private RestartImportUseCase restartImport;
    @Autowired
    private GetImportQuery imports;
    @Autowired
    private StartRecomputationUseCase recompute;
    @Autowired
    private GetJobRunQuery jobRuns;
    @Autowired
    private GetReportQuery reportDownloads;
    @Autowired
    private ReconcileQuery reconcile;

    @BeforeEach
    void answerEveryUseCase() {
        LocalDate day = LocalDate.parse("2024-08-01");
        ImportRun run = new ImportRun(7, ImportFormats.DAILY, "tallies.csv", "stored", "0".repeat(64), 66,
            new ImportState.Queued(null), 0, "import-7 tallies.csv", Instant.parse("2024-08-01T12:00:00Z"), "operator",
            null, 0, 0, 0, 0, 0, "node-a", 1, Instant.parse("2024-08-01T12:00:00Z"));
        when(submitTallies.submit(any())).thenReturn(new Outcome.Done<>(
            new SubmitTalliesUseCase.Receipt(1, 1, 0, 0, List.of())));
        when(tallies.tallies(any())).thenReturn(List.of());
        when(status.status(any())).thenReturn(new Outcome.Done<>(Evaluations.status(PolicyFixtures.securingTheBorder(),
            DailyAggregates.empty(), day)));
        when(timeline.timeline(any())).thenReturn(new Outcome.Done<>(List.of()));
        when(determinations.determinations(any())).thenReturn(new Outcome.Done<>(List.of()));
        when(comparisons.compare(any())).thenReturn(new Outcome.Done<>(new ComparePoliciesQuery.Comparison(day, day,
            List.of(PolicyFixtures.securingTheBorder()), List.of(), List.of())));
        when(restatements.restatements(any())).thenReturn(new Outcome.Done<>(
            new GetRestatementsQuery.Restatements("securing-the-border", List.of(), List.of(), List.of())));
        when(overrides.overrides(any())).thenReturn(new Outcome.Done<>(List.of()));
        when(recordOverride.record(any())).thenReturn(new Outcome.Done<>(new PolicyOverride(1,
            PolicyStateKind.IN_EFFECT, day, null, "Court order", "A court", Instant.parse("2024-08-01T12:00:00Z"),
            "admin")));
        when(simulate.simulate(any())).thenReturn(new Outcome.Done<>(
            new SimulatePolicyUseCase.Result(List.of(), List.of())));
        when(sweep.sweep(any())).thenReturn(new Outcome.Done<>(List.of()));
        when(auditEvents.list(any())).thenReturn(new AuditPage(List.of(), 0, 0, 50));
        when(verifyAudit.verify()).thenReturn(new AuditChain.Verification(0, null, null));
        when(writeDigest.write(any())).thenReturn(new HeadDigest(1, "a".repeat(64), Instant.parse(
            "2024-08-01T12:00:00Z"), "b".repeat(64)));
        when(listReports.list(any())).thenReturn(new Report.Page(List.of(), 0, 20, 0));
        when(reportDownloads.find(any())).thenAnswer(call -> new Outcome.NotFound<>("report " + call.getArgument(0)));
        when(referenceData.reference()).thenReturn(new ReferenceDataService(ImportFormats.standard()).reference());
        when(startImport.start(any())).thenReturn(new Outcome.Done<>(run));
        when(imports.find(anyLong())).thenReturn(new Outcome.Done<>(run));
        when(imports.rejects(anyLong(), any())).thenReturn(new Outcome.Done<>(run));
        when(restartImport.restart(anyLong())).thenReturn(new Outcome.Done<>(run));
        JobRun job = new JobRun(9, "recomputePoliciesJob", JobRun.RunStatus.STARTING, "UNKNOWN",
            "", null, null, "admin", List.of(), List.of(), List.of());
        when(recompute.start(any())).thenReturn(new Outcome.Done<>(job));
        when(jobRuns.find(anyLong())).thenReturn(new Outcome.Done<>(job));
        when(reconcile.reconcile(any())).thenReturn(new ReconcileQuery.Reconciliation(null, null, List.of()));
    }

    @Test
    void everyControllerEndpointHasExactlyOneRowOfItsOwn() {
        Map<String, RequestMappingInfo> endpoints = mappings(List.of(controllers));

        assertThat(endpoints).isNotEmpty();
        endpoints.keySet().forEach(endpoint -> assertThat(AccessTable.ROWS.stream()
            .filter(row -> row.covers(method(endpoint)) && row.pattern().equals(pattern(endpoint))))
            .as("the rows of %s: add exactly one to AccessTable", endpoint).hasSize(1));
    }

    @Test
    void everyActuatorEndpointHasARow() {
        Map<String, RequestMappingInfo> all = mappings(context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
            .values());

        assertThat(all.keySet()).anyMatch(e -> e.contains("/actuator/prometheus"));
        all.keySet().forEach(endpoint -> assertThat(rowOf(method(endpoint), pattern(endpoint)))
            .as("the row of %s", endpoint).isPresent());
    }

    @Test
    void everyRowDecidesAnEndpointOrHasAnExampleThatShowsWhatItServes() {
        Set<String> endpoints = mappings(context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values())
            .keySet();
        for (AccessTable.Row row : AccessTable.ROWS) {
            boolean decides = endpoints.stream().anyMatch(e -> rowOf(method(e), pattern(e)).orElseThrow() == row);
            assertThat(decides || EXAMPLES.containsKey(keyOf(row)))
                .as("%s decides no endpoint and has no example here", row).isTrue();
        }
    }

    /** Spring MVC answers HEAD with the GET handler: HEAD must need what GET needs. */
    @Test
    void headOfAnEndpointNeedsTheRolesOfItsGet() throws Exception {
        mvc.perform(head(POLICY + "/restatements")
                .with(httpBasic("viewer", "viewer-secret")))
            .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(403));
        mvc.perform(head(POLICY + "/restatements")
                .with(httpBasic("auditor", "auditor-secret")))
            .andExpect(result -> assertThat(result.getResponse().getStatus()).isEqualTo(200));
    }

    @Test
    void noControllerReadsKnownAtAsARequestParameter() {
        controllers.getHandlerMethods().values().stream().map(HandlerMethod::getMethodParameters)
            .flatMap(Stream::of)
            .forEach(parameter -> {
                RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
                String name = param == null ? null : !param.name().isEmpty() ? param.name()
                    : !param.value().isEmpty() ? param.value() : parameter.getParameterName();
                assertThat(name).as("%s reads knownAt with @RequestParam, which a form field can set; use @KnownAt",
                    parameter.getExecutable()).isNotEqualTo(KnownAt.NAME);
            });
    }

    private static String keyOf(AccessTable.Row row) {
        return (row.method() == null ? HttpMethod.GET : row.method()) + " " + row.pattern();
    }

    /**
     * Every endpoint of the handler mappings, and every row that decides none of them (the dashboard's files, the
     * API's documentation): each called by everyone, with knownAt in each place it could be put.
     */
    Stream<Arguments> calls() {
        Map<String, RequestMappingInfo> all = mappings(context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
            .values());
        List<String> keys = new ArrayList<>(all.keySet());
        AccessTable.ROWS.stream().filter(row -> all.keySet().stream()
                .noneMatch(e -> rowOf(method(e), pattern(e)).orElseThrow() == row))
            .map(EndpointAuthorizationTest::keyOf).forEach(keys::add);
        List<Arguments> calls = new ArrayList<>();
        for (String key : keys) {
            HttpMethod method = method(key);
            AccessTable.Row row = rowOf(method, pattern(key)).orElseThrow(() -> new AssertionError("no row: " + key));
            Example example = EXAMPLES.getOrDefault(key, new Example(pattern(key).replaceAll("\\{[^}]+}", "1"), null,
                null, LET_THROUGH, row.roles()));
            Endpoint endpoint = new Endpoint(method, pattern(key), row, example);
            for (KnownAtIn knownAt : KnownAtIn.values()) {
                calls.add(Arguments.argumentSet(endpoint + ", knownAt " + knownAt + ", anonymously", endpoint, null,
                    knownAt));
                for (Role role : Role.values()) {
                    calls.add(Arguments.argumentSet(endpoint + ", knownAt " + knownAt + ", as " + role, endpoint, role,
                        knownAt));
                }
            }
        }
        return calls.stream();
    }

    @ParameterizedTest
    @MethodSource("calls")
    void onlyTheRolesOfItsRowMayCallAnEndpointAndKnownAtNeedsAnAuditorInTheQuery(Endpoint endpoint, Role caller,
                                                                              KnownAtIn knownAt) throws Exception {
        MockHttpServletResponse response = mvc.perform(call(endpoint, caller, knownAt)).andReturn().getResponse();

        Set<Role> roles = endpoint.example().roles();
        int expected;
        if (roles.isEmpty()) {
            expected = knownAt == KnownAtIn.FORM_FIELD || knownAt == KnownAtIn.MULTIPART_PART ? 415
                : endpoint.example().success();
        } else if (caller == null) {
            expected = 401;
        } else if (!holds(caller, roles)) {
            expected = 403;
        } else if (knownAt == KnownAtIn.QUERY && !holds(caller, Set.of(AUDITOR))) {
            expected = 403;
        } else if (knownAt == KnownAtIn.FORM_FIELD
            || knownAt == KnownAtIn.MULTIPART_PART && !"/api/v1/imports".equals(endpoint.pattern())) {
            expected = 415;
        } else {
            expected = endpoint.example().success();
        }
        if (expected == LET_THROUGH) {
            assertThat(response.getStatus()).as(response.getContentAsString()).isNotIn(401, 403);
        } else {
            assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(expected);
        }
        if (expected == 403) {
            assertThat(response.getContentAsString()).contains("\"needs\"");
        }
        List<Instant> asked = knownAtsAsked();
        if (knownAt == KnownAtIn.QUERY && expected == 200 && !asked.isEmpty()) {
            assertThat(asked).as("the knownAt the use case was asked").containsOnly(KNOWN_AT);
        } else {
            assertThat(asked).as("a knownAt that is not in the query is never read").allMatch(Objects::isNull);
        }
    }

    /** Whether the caller may do what one of the roles may: ADMIN anything, OPERATOR and AUDITOR what VIEWER may. */
    private static boolean holds(Role caller, Set<Role> roles) {
        return roles.contains(caller) || caller == ADMIN
            || roles.contains(VIEWER) && (caller == OPERATOR || caller == AUDITOR);
    }

    private static AbstractMockHttpServletRequestBuilder<?> call(Endpoint endpoint, Role caller, KnownAtIn knownAt) {
        Example example = endpoint.example();
        String path = example.path();
        AbstractMockHttpServletRequestBuilder<?> request = switch (knownAt) {
            case NOWHERE -> withBody(request(endpoint.method(), path), example);
            case QUERY -> withBody(request(endpoint.method(), path + (path.contains("?") ? "&" : "?")
                + KnownAt.NAME + "=" + KNOWN_AT), example);
            case FORM_FIELD -> request(endpoint.method(), path).contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content(KnownAt.NAME + "=" + KNOWN_AT);
            case MULTIPART_PART -> multipart(endpoint.method(), path)
                .file(new MockMultipartFile("file", "tallies.csv", TEXT_CSV.toString(),
                    CSV.getBytes(StandardCharsets.UTF_8)))
                .part(new MockPart(KnownAt.NAME, KNOWN_AT.toString().getBytes(StandardCharsets.UTF_8)));
        };
        if (caller != null) {
            String name = caller.name().toLowerCase(Locale.ROOT);
            request.with(httpBasic(name, name + "-secret"));
        }
        return request;
    }

    private static MockHttpServletRequestBuilder withBody(MockHttpServletRequestBuilder request, Example example) {
        return example.body() == null ? request : request.contentType(example.type()).content(example.body());
    }

    /** Every {@code knownAt} the queries that take one were asked with. */
    private List<Instant> knownAtsAsked() {
        List<Instant> asked = new ArrayList<>();
        for (Object mock : List.of(status, timeline, comparisons, determinations, tallies)) {
            for (Invocation call : Mockito.mockingDetails(mock).getInvocations()) {
                for (Object argument : call.getArguments()) {
                    switch (argument) {
                        case GetPolicyStatusQuery.Query q -> asked.add(q.knownAt());
                        case GetTimelineQuery.Query q -> asked.add(q.knownAt());
                        case ComparePoliciesQuery.Query q -> asked.add(q.knownAt());
                        case GetDeterminationsQuery.Query q -> asked.add(q.knownAt());
                        case GetTalliesQuery.Query q -> asked.add(q.knownAt());
                        case null, default -> {
                        }
                    }
                }
            }
        }
        return asked;
    }
}
