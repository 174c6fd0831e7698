package org.surgepolicy.adapter.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.surgepolicy.adapter.rest.MockedUseCases;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest
@AutoConfigureMockMvc
@MockedUseCases
class OpenApiDocumentTest {

    private static final String PROBLEM = "#/components/schemas/Problem";
    private static final JsonMapper JSON = JsonMapper.builder().build();

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
                    .value(contains("date-time")))
                .andExpect(jsonPath("$.paths['" + path + "'].get.parameters[?(@.name == 'knownAt')].required")
                    .value(contains(false)));
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
            .andExpect(jsonPath("$.paths['/api/v1/imports'].post.responses['202'].content['application/json']"
                + ".schema.$ref").value("#/components/schemas/ImportStartedResponse"))
            .andExpect(jsonPath("$.paths['/api/v1/imports'].post.responses", not(hasKey("200"))))
            .andExpect(jsonPath("$.paths['/api/v1/imports'].post.responses['409']").exists())
            .andExpect(jsonPath("$.paths['/api/v1/imports/{id}'].get.responses['404'].description")
                .value("No import is known by the {id} given."))
            .andExpect(jsonPath("$.components.schemas.Problem.properties.errors.items.$ref")
                .value("#/components/schemas/ProblemError"))
            .andExpect(jsonPath("$.components.schemas.ProblemError.properties.field.example").value("tallies[3].area"));
    }

    @Test
    void everyOperationParameterAndRequestBodyPropertyIsDescribedAndEveryParameterHasAValidExample()
        throws Exception {
        List<String> gaps = DocumentGaps.of(document());

        assertThat(gaps).as("what the OpenAPI document leaves unsaid").isEmpty();
    }

    @Test
    void everyFieldOfTheStatusIsDescribed() throws Exception {
        assertThat(DocumentGaps.undescribedProperties(document(), "PolicyStatusResponse"))
            .as("the status's fields without a description").isEmpty();
    }

    /** The codes the document offers are the ones the service takes, so that neither can change alone. */
    @Test
    void theDocumentedCodesAreTheServicesOwn() throws Exception {
        JsonNode document = document();
        JsonNode row = document.path("components").path("schemas").path("TallyRowRequest").path("properties");
        assertThat(values(row.path("component").path("enum"))).containsExactlyElementsOf(
            Arrays.stream(Component.values()).map(Enum::name).toList());
        assertThat(values(row.path("demographic").path("enum"))).containsExactlyElementsOf(
            Arrays.stream(Demographic.values()).map(Enum::name).toList());
        assertThat(values(row.path("encounterType").path("enum"))).containsExactlyElementsOf(
            Arrays.stream(EncounterType.values()).map(Enum::name).toList());
        for (JsonNode parameter : document.path("paths").path("/api/v1/imports").path("post").path("parameters")) {
            if (parameter.path("name").asString().equals("format")) {
                assertThat(values(parameter.path("schema").path("enum"))).containsExactlyElementsOf(
                    ImportFormats.standard().all().stream().map(ImportFormat::code).toList());
            }
        }
    }

    @Test
    void theGapsOfADocumentAreNamedAndABadExampleIsRefused() {
        JsonNode document = JSON.readTree("""
            {"paths": {"/things/{id}": {"get": {"parameters": [
              {"name": "id", "in": "path", "schema": {"type": "integer"}, "example": 7},
              {"name": "from", "in": "query", "description": "The first day", "schema": {"type": "string",
               "format": "date"}, "example": "2025-02-30"},
              {"name": "size", "in": "query", "description": "Per page", "schema": {"type": "string"}, "example": 20}],
              "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}}}}}},
             "components": {"schemas": {"Thing": {"type": "object", "properties": {
               "size": {"type": "integer", "minimum": 1, "example": 0}}}}}}""");

        assertThat(DocumentGaps.of(document)).containsExactly(
            "GET /things/{id}: the operation has no description",
            "GET /things/{id} parameter id: no description",
            "GET /things/{id} parameter from: the example '2025-02-30' is not a valid date: Text '2025-02-30' could"
                + " not be parsed: Invalid date 'FEBRUARY 30'",
            "GET /things/{id} parameter size: the example 20 is not of the schema's type string",
            "GET /things/{id} body (application/json).size: no description",
            "GET /things/{id} body (application/json).size: the example 0 is below the minimum 1");
    }

    private JsonNode document() throws Exception {
        return JSON.readTree(mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString());
    }

    private static List<String> values(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
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
