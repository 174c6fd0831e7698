package org.surgepolicy.adapter.rest.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.surgepolicy.adapter.rest.RestSliceTest;

/** The dashboard's page and everything it loads come from the application itself. */
@RestSliceTest
class DashboardPageTest {

    @Autowired
    private MockMvc mvc;

    @Test
    void thePageNamesTheChartLibraryTheApplicationServes() throws Exception {
        mvc.perform(get("/index.html").accept(MediaType.TEXT_HTML))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("<script src=\"/webjars/echarts/5.3.1/dist/echarts.min.js\"")))
            .andExpect(content().string(containsString("<script src=\"/dashboard/policy-chart.js\"")))
            .andExpect(content().string(containsString("<script src=\"/dashboard/dashboard.js\"")));
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/dashboard/dashboard.js")).andExpect(status().isOk());
        mvc.perform(get("/dashboard/policy-chart.js")).andExpect(status().isOk());
        mvc.perform(get("/dashboard/dashboard.css")).andExpect(status().isOk());
    }
}
