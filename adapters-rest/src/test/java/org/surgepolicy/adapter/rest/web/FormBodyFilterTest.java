package org.surgepolicy.adapter.rest.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.mock.web.MockPart;
import org.springframework.test.web.servlet.MockMvc;
import org.surgepolicy.adapter.rest.RestSliceTest;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.StartImportUseCase;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.simulation.port.in.SimulatePolicyUseCase;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportState;

/**
 * Multipart bodies reach the file upload only; forms reach nothing, but an empty one; imports take text/csv, not
 * text/plain.
 */
@RestSliceTest
class FormBodyFilterTest {

    private static final Principal OPERATOR = () -> "operator";
    private static final String CSV = "date,component,area,demographic,citizenship,encounter_type,count\n";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private GetPolicyStatusQuery status;
    @Autowired
    private SimulatePolicyUseCase simulate;
    @Autowired
    private StartImportUseCase startImport;
    @Autowired
    private StartRecomputationUseCase recompute;

    private static MockMultipartFile file() {
        return new MockMultipartFile("file", "tallies.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void multipartIsRefusedWhereNoFileIsUploadedNamingTheUpload() throws Exception {
        mvc.perform(multipart(HttpMethod.GET, "/api/v1/policies/securing-the-border/status")
                .part(new MockPart("knownAt", "2024-08-01T00:00:00Z".getBytes(StandardCharsets.UTF_8))))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/unsupported-media-type"))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.endsWith(": multipart bodies are accepted "
                + "only where a file is uploaded (POST /api/v1/imports).")));
        mvc.perform(multipart("/api/v1/policies/securing-the-border/simulations").file(file()))
            .andExpect(status().isUnsupportedMediaType());

        verifyNoInteractions(status, simulate);
    }

    @Test
    void anEmptyFormHoldsNothingAndPassesAsCurlSendsItForAPostWithoutBody() throws Exception {
        when(recompute.start(any())).thenReturn(new Outcome.Done<>(new JobRun(9, "recomputePoliciesJob",
            JobRun.RunStatus.STARTING, "UNKNOWN", "", null, null, "admin", List.of(), List.of(), List.of())));

        mvc.perform(post("/api/v1/jobs/recompute").principal(OPERATOR)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(""))
            .andExpect(status().isAccepted());
        mvc.perform(post("/api/v1/jobs/recompute").principal(OPERATOR)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("knownAt=2024-08-01T00:00:00Z"))
            .andExpect(status().isUnsupportedMediaType());
        verify(recompute).start(any());
    }

    @Test
    void aFileUploadedAsMultipartIsImported() throws Exception {
        when(startImport.start(any())).thenReturn(new Outcome.Done<>(new ImportRun(3, ImportFormats.DAILY,
            "tallies.csv", "stored", "0".repeat(64), 66, new ImportState.Queued(null), 0, "import-3 tallies.csv",
            Instant.parse("2024-08-01T12:00:00Z"), "operator", null, 0, 0, 0, 0, 0, "node-a", 1,
            Instant.parse("2024-08-01T12:00:00Z"))));

        mvc.perform(multipart("/api/v1/imports?format=daily").file(file()).principal(OPERATOR))
            .andExpect(status().isAccepted())
            .andExpect(jsonPath("$.id").value(3));
        verify(startImport).start(any());
    }

    @Test
    void anImportSentAsTextPlainIsRefusedAsAForeignFormCouldSendIt() throws Exception {
        mvc.perform(post("/api/v1/imports?format=daily").principal(OPERATOR).contentType(MediaType.TEXT_PLAIN)
                .content(CSV))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(jsonPath("$.detail").value("The request has Content-Type 'text/plain'; send "
                + "multipart/form-data, text/csv."));
        verifyNoInteractions(startImport);
    }
}
