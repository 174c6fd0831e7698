package org.surgepolicy.adapter.rest.openapi;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.surgepolicy.adapter.rest.MockedUseCases;

@SpringBootTest
@AutoConfigureMockMvc
@MockedUseCases
class OpenApiDocumentTest {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Autowired
    private MockMvc mvc;

    @Test
    void documentDescribesEveryEndpointOfTheAdapter() throws Exception {
        mvc.perform(get("/v3/api-docs"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.info.title").value("Surge Policy Engine"))
            .andExpect(jsonPath("$.paths['/api/v1/tallies'].post.requestBody").exists())
            .andExpect(jsonPath("$.paths['/api/v1/tallies'].get.parameters[0].name").value("date"))
            .andExpect(jsonPath("$.paths['/api/v1/policies'].get").exists())
            .andExpect(jsonPath("$.paths['/api/v1/policies/{id}/status'].get").exists())
            .andExpect(jsonPath("$.paths['/api/v1/policies/{id}/timeline'].get").exists())
            .andExpect(jsonPath("$.paths['/api/v1/policies/{id}/determinations'].get").exists())
            .andExpect(jsonPath("$.paths['/api/v1/policies/{id}/restatements'].get").exists())
            .andExpect(jsonPath("$.paths['/api/v1/policies/{id}/overrides'].get").exists())
            .andExpect(jsonPath("$.paths['/api/v1/policies/{id}/overrides'].post").exists())
            .andExpect(jsonPath("$.paths['/api/v1/policies/{id}/simulations'].post").exists())
            .andExpect(jsonPath("$.paths['/api/v1/policies/{id}/sweeps'].post").exists())
            .andExpect(jsonPath("$.paths", not(hasKey("/error"))));
    }

    @Test
    void knownAtIsDocumentedAsAQueryParameter() throws Exception {
        for (String path : new String[] {"/api/v1/policies/{id}/status", "/api/v1/policies/{id}/timeline",
            "/api/v1/policies/{id}/determinations", "/api/v1/tallies"}) {
            mvc.perform(get("/v3/api-docs"))
                .andExpect(jsonPath("$.paths['" + path + "'].get.parameters[?(@.name == 'knownAt')].in")
                    .value(contains("query")))
                .andExpect(jsonPath("$.paths['" + path + "'].get.parameters[?(@.name == 'knownAt')].schema.format")
                    .value(contains("date-time")));
        }
    }

    @Test
    void documentNamesBothWaysToAuthenticate() throws Exception {
        mvc.perform(get("/v3/api-docs"))
            .andExpect(jsonPath("$.components.securitySchemes.basicAuth.type").value("http"))
            .andExpect(jsonPath("$.components.securitySchemes.basicAuth.scheme").value("basic"))
            .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.scheme").value("bearer"))
            .andExpect(jsonPath("$.components.securitySchemes.bearerAuth.bearerFormat").value("JWT"))
            .andExpect(jsonPath("$.security[0].basicAuth").exists())
            .andExpect(jsonPath("$.security[1].bearerAuth").exists());
    }

    @Test
    void everyOperationDocumentsItsProblemAnswers() throws Exception {
        String submit = "$.paths['/api/v1/tallies'].post.responses";
        String list = "$.paths['/api/v1/policies'].get.responses";
        mvc.perform(get("/v3/api-docs"))
            .andExpect(jsonPath(submit + "['200']").exists())
            .andExpect(jsonPath(submit + "['400'].content['application/problem+json'].schema.$ref").value(PROBLEM))
            .andExpect(jsonPath(submit + "['401'].content['application/problem+json'].schema.$ref").value(PROBLEM))
            .andExpect(jsonPath(submit + "['403']").exists())
            .andExpect(jsonPath(submit + "['413']").exists())
            .andExpect(jsonPath(submit + "['415']").exists())
            .andExpect(jsonPath(submit + "['503']").exists())
            .andExpect(jsonPath(submit + "['500']").exists())
            .andExpect(jsonPath(submit, not(hasKey("404"))))
            .andExpect(jsonPath(list, not(hasKey("400"))))
            .andExpect(jsonPath(list, not(hasKey("413"))))
            .andExpect(jsonPath("$.paths['/api/v1/policies/{id}/status'].get.responses['404']").exists())
            .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.items.$ref")
                .value("#/components/schemas/ProblemError"))
            .andExpect(jsonPath("$.components.schemas.ProblemError.properties.field.example").value("tallies[3].area"));
    }

    @Test
    void swaggerUiIsServed() throws Exception {
        mvc.perform(get("/swagger-ui.html"))
            .andExpect(status().is3xxRedirection())
            .andExpect(redirectedUrl("/swagger-ui/index.html"));
        mvc.perform(get("/swagger-ui/index.html"))
            .andExpect(status().isOk());
    }
}
