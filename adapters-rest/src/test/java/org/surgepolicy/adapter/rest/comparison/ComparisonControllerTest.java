package org.surgepolicy.adapter.rest.comparison;

import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.surgepolicy.adapter.rest.RestFixtures;
import org.surgepolicy.adapter.rest.RestSliceTest;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;
import org.surgepolicy.domain.policy.LegalStatus;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.TimelineDay;

@RestSliceTest
class ComparisonControllerTest {

    private static final String PROPOSED = "border-emergency-authority";
    private static final String BOTH = RestFixtures.POLICY + "," + PROPOSED;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ComparePoliciesQuery comparePolicies;

    private static PolicyDefinition proposed() {
        PolicyDefinition inForce = RestFixtures.policy();
        return new PolicyDefinition(PROPOSED, "Border Emergency Authority", inForce.timeZone(),
            RestFixtures.START, null, PolicyStateKind.DISCONTINUED, inForce.versions(), LegalStatus.PROPOSED, null);
    }

    @Test
    void eachDayShowsEachPolicyAndWhetherTheyDiffer() throws Exception {
        List<TimelineDay> days = RestFixtures.days();
        ComparePoliciesQuery.Comparison comparison = new ComparePoliciesQuery.Comparison(days.getFirst().date(),
            days.get(1).date(), List.of(RestFixtures.policy(), proposed()), List.of(
                new ComparePoliciesQuery.ComparedDay(days.getFirst().date(), Arrays.asList(days.getFirst(), null),
                    true),
                new ComparePoliciesQuery.ComparedDay(days.get(1).date(), List.of(days.get(1), days.get(1)), false)),
            List.of(days.getFirst().date()));
        when(comparePolicies.compare(new ComparePoliciesQuery.Query(List.of(RestFixtures.POLICY, PROPOSED),
            LocalDate.parse("2024-08-09"), LocalDate.parse("2024-08-10"), null)))
            .thenReturn(new Outcome.Done<>(comparison));

        mvc.perform(get("/api/v1/comparisons").param("policies", BOTH).param("from", "2024-08-09")
                .param("to", "2024-08-10"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.from").value("2024-08-09"))
            .andExpect(jsonPath("$.to").value("2024-08-10"))
            .andExpect(jsonPath("$.knownAt").isEmpty())
            .andExpect(jsonPath("$.policies[0].policyId").value(RestFixtures.POLICY))
            .andExpect(jsonPath("$.policies[0].status").value("in-force"))
            .andExpect(jsonPath("$.policies[1].policyId").value(PROPOSED))
            .andExpect(jsonPath("$.policies[1].title").value("Border Emergency Authority"))
            .andExpect(jsonPath("$.policies[1].status").value("proposed"))
            .andExpect(jsonPath("$.differingDays", hasSize(1)))
            .andExpect(jsonPath("$.differingDays[0]").value("2024-08-09"))
            .andExpect(jsonPath("$.days", hasSize(2)))
            .andExpect(jsonPath("$.days[0].date").value("2024-08-09"))
            .andExpect(jsonPath("$.days[0].differ").value(true))
            .andExpect(jsonPath("$.days[0].policies[0].policyId").value(RestFixtures.POLICY))
            .andExpect(jsonPath("$.days[0].policies[0].status").value("in-force"))
            .andExpect(jsonPath("$.days[0].policies[0].counted").value(1506))
            .andExpect(jsonPath("$.days[0].policies[0].average").value(1498.7143))
            .andExpect(jsonPath("$.days[0].policies[0].state").value("IN_EFFECT"))
            .andExpect(jsonPath("$.days[0].policies[0].effectiveState").value("IN_EFFECT"))
            .andExpect(jsonPath("$.days[0].policies[0].determination").isEmpty())
            .andExpect(jsonPath("$.days[0].policies[1].policyId").value(PROPOSED))
            .andExpect(jsonPath("$.days[0].policies[1].status").value("proposed"))
            .andExpect(jsonPath("$.days[0].policies[1].state").isEmpty())
            .andExpect(jsonPath("$.days[0].policies[1].effectiveState").isEmpty())
            .andExpect(jsonPath("$.days[1].differ").value(false))
            .andExpect(jsonPath("$.days[1].policies[1].state").value("DISCONTINUATION_PENDING"))
            .andExpect(jsonPath("$.days[1].policies[1].determination").value("LOW"))
            .andExpect(jsonPath("$.days[1].policies[1].counted").isEmpty());
    }

    @Test
    void anUnknownPolicyIsANotFoundProblemNamingIt() throws Exception {
        when(comparePolicies.compare(any())).thenReturn(new Outcome.NotFound<>("policy 'nope'"));

        mvc.perform(get("/api/v1/comparisons").param("policies", RestFixtures.POLICY + ",nope"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("Policy 'nope' is not known."));
    }

    @Test
    void oneOrRepeatedPoliciesAreRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/comparisons").param("policies", RestFixtures.POLICY))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[0].field").value("policies"));
        mvc.perform(get("/api/v1/comparisons"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("policies"));
        mvc.perform(get("/api/v1/comparisons").param("policies", RestFixtures.POLICY + "," + RestFixtures.POLICY))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("policies"))
            .andExpect(jsonPath("$.errors[0].message").value("'securing-the-border' is named more than once"));
        verifyNoInteractions(comparePolicies);
    }

    @Test
    void aRangeEndingBeforeItStartsOrTooLongIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/comparisons").param("policies", BOTH).param("from", "2024-08-09")
                .param("to", "2024-08-01"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("to"))
            .andExpect(jsonPath("$.errors[0].message").value("2024-08-01 is before from 2024-08-09"));
        mvc.perform(get("/api/v1/comparisons").param("policies", BOTH).param("from", "2010-01-01")
                .param("to", "2024-08-01"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/comparisons").param("policies", BOTH).param("from", "2024-02-30"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("from"));
        verifyNoInteractions(comparePolicies);
    }
}
