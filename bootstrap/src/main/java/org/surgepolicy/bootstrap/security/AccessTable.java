package org.surgepolicy.bootstrap.security;

import static org.surgepolicy.bootstrap.security.Role.ADMIN;
import static org.surgepolicy.bootstrap.security.Role.AUDITOR;
import static org.surgepolicy.bootstrap.security.Role.OPERATOR;
import static org.surgepolicy.bootstrap.security.Role.VIEWER;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what: one row per endpoint (path pattern and method) with the roles that may call it, the one place
 * the rights of docs/api.md are written; the security configuration is built from it. A role may do all that the
 * roles it implies may ({@link Role#hierarchy()}), so a row names the least role that suffices. {@code knownAt} in
 * the query needs AUDITOR in addition to a row's roles, wherever it appears.
 *
 * <p>Rows name the patterns of the handler mappings themselves, so that a test can hold the table against the
 * application's endpoints: each endpoint has exactly one row, and each row serves at least one endpoint. Rows that
 * cover many resources (the dashboard's files, the actuator) end in {@code /**} and come last, the actuator's catch-all
 * after the actuator endpoints it does not decide.
 */
final class AccessTable {

    private static final String POLICY = "/api/v1/policies/{id}";

    /**
     * One endpoint and who may call it.
     *
     * @param method  the method (GET also covers HEAD, which Spring MVC answers with the GET handler); null: every one
     * @param pattern the path pattern, as the handler mapping writes it
     * @param roles   any one of these suffices; none: open to anyone, signed in or not
     */
    record Row(HttpMethod method, String pattern, Set<Role> roles) {

        Row {
            roles = Set.copyOf(roles);
        }

        boolean open() {
            return roles.isEmpty();
        }

        boolean covers(HttpMethod requested) {
            return method == null || method.equals(requested)
                || method == HttpMethod.GET && requested == HttpMethod.HEAD;
        }

        RequestMatcher matcher() {
            PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
            if (method == HttpMethod.GET) {
                return new OrRequestMatcher(paths.matcher(HttpMethod.GET, pattern),
                    paths.matcher(HttpMethod.HEAD, pattern));
            }
            return paths.matcher(method, pattern);
        }

        /** The roles in words: "OPERATOR or AUDITOR", or "anyone". */
        String who() {
            return open() ? "anyone" : roles.stream().sorted().map(Role::name).collect(Collectors.joining(" or "));
        }

        @Override
        public String toString() {
            return (method == null ? "any method" : method.name()) + " " + pattern + ": " + who();
        }
    }

    static final List<Row> ROWS = List.of(
        get("/api/v1/policies", VIEWER),
        get(POLICY + "/status", VIEWER),
        get(POLICY + "/timeline", VIEWER),
        get(POLICY + "/determinations", VIEWER),
        get(POLICY + "/restatements", AUDITOR),
        // The overrides in force are part of the status every viewer sees; recording one changes the legal state.
        get(POLICY + "/overrides", VIEWER),
        post(POLICY + "/overrides", ADMIN),
        // Like an override, an activation decision changes the legal state; the decisions recorded are public.
        get(POLICY + "/activations", VIEWER),
        post(POLICY + "/activations", ADMIN),
        post(POLICY + "/simulations", VIEWER),
        post(POLICY + "/sweeps", VIEWER),
        get("/api/v1/comparisons", VIEWER),
        post("/api/v1/tallies", OPERATOR),
        get("/api/v1/tallies", OPERATOR, AUDITOR),
        post("/api/v1/imports", OPERATOR),
        get("/api/v1/imports/{id}", OPERATOR),
        get("/api/v1/imports/{id}/rejects", OPERATOR),
        post("/api/v1/imports/{id}/restart", OPERATOR),
        // Whether the data shown is illustrative: the dashboard asks it for every viewer.
        get("/api/v1/demo-data", VIEWER),
        post("/api/v1/jobs/recompute", ADMIN),
        get("/api/v1/jobs/{executionId}", ADMIN),
        // The nightly reports are the auditors' record of what each run found.
        get("/api/v1/reports", AUDITOR),
        get("/api/v1/reports/{name}", AUDITOR),
        // The codes the API accepts: every client needs them to write a valid request.
        get("/api/v1/reference", VIEWER),
        get("/api/v1/audit/events", AUDITOR),
        get("/api/v1/audit/verification", AUDITOR),
        // A signed digest of the chain's head is written into the reports: an act, not a read.
        post("/api/v1/audit/digests", ADMIN),
        get("/api/v1/reconciliation", AUDITOR),
        // Asked for directly, the error page has nothing to show; an error forwarded to it is always answered.
        new Row(null, "/error", Set.of(VIEWER)),
        get("/v3/api-docs", VIEWER),
        get("/v3/api-docs.yaml", VIEWER),
        get("/v3/api-docs/swagger-config", VIEWER),
        get("/swagger-ui.html", VIEWER),
        get("/swagger-ui/**", VIEWER),
        get("/", VIEWER),
        get("/index.html", VIEWER),
        get("/dashboard/**", VIEWER),
        get("/webjars/**", VIEWER),
        // Load balancers probe liveness and readiness without credentials.
        new Row(null, "/actuator/health", Set.of()),
        new Row(null, "/actuator/health/**", Set.of()),
        get("/actuator/prometheus", AUDITOR),
        new Row(null, "/actuator/**", Set.of(ADMIN)));

    private AccessTable() {
    }

    private static Row get(String pattern, Role... roles) {
        return new Row(HttpMethod.GET, pattern, Set.of(roles));
    }

    private static Row post(String pattern, Role... roles) {
        return new Row(HttpMethod.POST, pattern, Set.of(roles));
    }
}
