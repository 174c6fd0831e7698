package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.bootstrap.security.HandlerEndpoints.mappings;
import static org.surgepolicy.bootstrap.security.HandlerEndpoints.method;
import static org.surgepolicy.bootstrap.security.HandlerEndpoints.pattern;
import static org.surgepolicy.bootstrap.security.HandlerEndpoints.rowOf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * docs/api.md has a section for every endpoint the application's controllers map, headed by its method and path as
 * the handler mapping writes them, whose first line gives the role of the endpoint's row in the {@link AccessTable};
 * and no section for an endpoint the application does not map. A new endpoint without a section fails the build.
 */
@SecuredApiTest
class ApiGuideDocumentationTest {

    private static final Path GUIDE = Path.of("..", "docs", "api.md");
    /** The heading of a section about one endpoint, such as {@code ### `GET /api/v1/policies/{id}/status`}. */
    private static final Pattern ENDPOINT = Pattern.compile("^#{2,6} `([A-Z]+ /[^`]*)`$");
    /** The section's first line: {@code Role: VIEWER.}, and whatever follows the full stop. */
    private static final Pattern ROLE = Pattern.compile("^Role: ([^.]+)\\..*");

    @Autowired
    private ApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping controllers;

    @Test
    void theGuideHasASectionForEveryEndpointThatNamesWhoMayCallIt() throws IOException {
        Map<String, String> documented = sections(Files.readAllLines(GUIDE));
        Set<String> endpoints = new TreeSet<>(mappings(List.of(controllers)).keySet());
        // The servlet container forwards errors there; no client calls it.
        endpoints.remove("GET /error");

        assertThat(endpoints).contains("GET /api/v1/policies/{id}/status", "GET /v3/api-docs");
        for (String endpoint : endpoints) {
            assertThat(documented).as("docs/api.md has no section headed `%s`", endpoint).containsKey(endpoint);
            assertThat(documented.get(endpoint)).as("the role docs/api.md gives %s", endpoint)
                .isEqualTo(rowOf(method(endpoint), pattern(endpoint)).orElseThrow().who());
        }
    }

    @Test
    void everyEndpointTheGuideDescribesIsOneTheApplicationMaps() throws IOException {
        Set<String> mapped = mappings(context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values())
            .keySet();

        assertThat(sections(Files.readAllLines(GUIDE)).keySet())
            .allSatisfy(endpoint -> assertThat(mapped).as("docs/api.md describes %s, which is not mapped", endpoint)
                .contains(endpoint));
    }

    @Test
    void aSectionIsReadWithTheRoleOfItsFirstLine() {
        assertThat(sections(List.of("## Policies", "", "### `GET /api/v1/policies`", "",
            "Role: VIEWER. Every policy.", "", "### `POST /api/v1/tallies`", "Role: OPERATOR or AUDITOR.",
            "### `GET /api/v1/reference`", "", "Anyone signed in."))).containsExactly(
            Map.entry("GET /api/v1/policies", "VIEWER"), Map.entry("POST /api/v1/tallies", "OPERATOR or AUDITOR"),
            Map.entry("GET /api/v1/reference", "(no role line)"));
    }

    /** Each endpoint a heading names, with the role the section's first line gives. */
    private static Map<String, String> sections(List<String> lines) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher heading = ENDPOINT.matcher(lines.get(i));
            if (heading.matches()) {
                int first = i + 1;
                while (first < lines.size() && lines.get(first).isBlank()) {
                    first++;
                }
                Matcher role = ROLE.matcher(first < lines.size() ? lines.get(first) : "");
                sections.put(heading.group(1), role.matches() ? role.group(1) : "(no role line)");
            }
        }
        return sections;
    }
}
