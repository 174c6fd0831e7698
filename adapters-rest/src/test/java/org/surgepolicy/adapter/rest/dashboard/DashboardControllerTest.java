package org.surgepolicy.adapter.rest.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.surgepolicy.adapter.rest.RestFixtures;
import org.surgepolicy.adapter.rest.RestSliceTest;
import org.surgepolicy.application.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.port.in.GetTalliesQuery;
import org.surgepolicy.application.port.in.ListPoliciesQuery;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyRevision;

@RestSliceTest
class DashboardControllerTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ListPoliciesQuery listPolicies;
    @Autowired
    private GetPolicyStatusQuery getStatus;
    @Autowired
    private GetTalliesQuery getTallies;

    @BeforeEach
    void onePolicyWithData() {
        when(listPolicies.list()).thenReturn(List.of(RestFixtures.policy()));
        when(getStatus.status(any())).thenReturn(Optional.of(RestFixtures.status()));
    }

    private static TallyRevision revision(String source) {
        Tally tally = Tally.parse(RestFixtures.LOW_ON.minusDays(1), "USBP", "RGV", "SINGLE_ADULTS", "MEXICO",
            "APPREHENSIONS", 1506L);
        return new TallyRevision(tally, Instant.parse("2024-08-10T01:00:00Z"), "loader", source, 1);
    }

    @Test
    void theNewestDayFromTheDemonstrationSetIsNotedAsIllustrative() throws Exception {
        when(getTallies.tallies(new GetTalliesQuery.Query(RestFixtures.LOW_ON.minusDays(1), null, null, false)))
            .thenReturn(List.of(revision("rgv-daily-report"), revision(DashboardController.ILLUSTRATIVE_SOURCE)));

        mvc.perform(get("/api/v1/dashboard/data-notice"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.illustrative").value(true))
            .andExpect(jsonPath("$.source").value("demo-illustrative-daily-values"))
            .andExpect(jsonPath("$.note").value(containsString("illustrative")));
    }

    @Test
    void reportedDataNeedsNoNote() throws Exception {
        when(getTallies.tallies(any())).thenReturn(List.of(revision("rgv-daily-report")));

        mvc.perform(get("/api/v1/dashboard/data-notice"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.illustrative").value(false))
            .andExpect(jsonPath("$.note").isEmpty());
    }

    @Test
    void thePageNamesTheChartLibraryItServesItself() throws Exception {
        mvc.perform(get("/index.html").accept(MediaType.TEXT_HTML))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"")));
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js"))
            .andExpect(status().isOk());
    }
}
