package org.surgepolicy.adapter.rest.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.surgepolicy.adapter.rest.RestFixtures;
import org.surgepolicy.adapter.rest.RestSliceTest;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.simulation.port.in.ComputationsBusy;
import org.surgepolicy.application.simulation.port.in.SimulatePolicyUseCase;
import org.surgepolicy.application.simulation.port.in.SweepParametersUseCase;
import org.surgepolicy.domain.policy.CancellationThreshold;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.simulation.SweepOutcome;
import org.surgepolicy.domain.validation.Violation;

@RestSliceTest
class SimulationControllerTest {

    private static final String POLICY = "/api/v1/policies/" + RestFixtures.POLICY;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private SimulatePolicyUseCase simulate;
    @Autowired
    private SweepParametersUseCase sweep;

    private ResultActions postTo(String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(POLICY + path).contentType(MediaType.APPLICATION_JSON)
            .content(body));
    }

    @Test
    void simulationAnswersInTheShapesOfTimelineAndDeterminations() throws Exception {
        when(simulate.simulate(any())).thenReturn(new Outcome.Done<>(new SimulatePolicyUseCase.Result(
            RestFixtures.days(), List.of(RestFixtures.low()))));

        postTo("/simulations", """
            {"parameters": {"discontinuationThreshold": 1200, "cancelPendingOn": "DISCONTINUATION_THRESHOLD"},
             "dailyCounts": [{"date": "2024-08-09", "count": 1506}], "from": "2024-08-09", "to": "2024-08-24"}""")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.policyId").value("securing-the-border"))
            .andExpect(jsonPath("$.days", hasSize(3)))
            .andExpect(jsonPath("$.days[1].date").value("2024-08-10"))
            .andExpect(jsonPath("$.days[1].state").value("DISCONTINUATION_PENDING"))
            .andExpect(jsonPath("$.days[1].determination").value("LOW"))
            .andExpect(jsonPath("$.determinations[0].type").value("LOW"))
            .andExpect(jsonPath("$.determinations[0].evidence.windows[0].sum").value(10491));

        ArgumentCaptor<SimulatePolicyUseCase.Command> command =
            ArgumentCaptor.forClass(SimulatePolicyUseCase.Command.class);
        verify(simulate).simulate(command.capture());
        assertThat(command.getValue()).isEqualTo(new SimulatePolicyUseCase.Command(RestFixtures.POLICY,
            Map.of("discontinuationThreshold", 1200, "cancelPendingOn", "DISCONTINUATION_THRESHOLD"),
            List.of(new DailyCount(LocalDate.parse("2024-08-09"), 1506)), LocalDate.parse("2024-08-09"),
            LocalDate.parse("2024-08-24")));
    }

    @Test
    void badDailyCountsAreNamedByTheirIndex() throws Exception {
        postTo("/simulations", """
            {"dailyCounts": [{"date": "2024-08-09", "count": 1}, {"date": "2024-08-10", "count": -5},
                             {"count": 3}, null]}""")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors", hasSize(3)))
            .andExpect(jsonPath("$.errors[?(@.field == 'dailyCounts[1].count')].message")
                .value("must be greater than or equal to 0"))
            .andExpect(jsonPath("$.errors[?(@.field == 'dailyCounts[2].date')].message").value("must not be null"))
            .andExpect(jsonPath("$.errors[?(@.field == 'dailyCounts[3]')].message").value("must not be null"));
        verify(simulate, never()).simulate(any());
    }

    @Test
    void unknownParameterThatTheUseCaseRefusesIsNamed() throws Exception {
        when(simulate.simulate(any())).thenReturn(new Outcome.Invalid<>(List.of(new Violation("parameters.windw",
            "unknown parameter 'windw'; expected one of window, activationThreshold"))));

        postTo("/simulations", "{\"parameters\": {\"windw\": 5}}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("parameters.windw"))
            .andExpect(jsonPath("$.errors[0].message").value("unknown parameter 'windw'; expected one of window, "
                + "activationThreshold"));
    }

    @Test
    void simulationOfAnUnknownPolicyIsNotFound() throws Exception {
        when(simulate.simulate(any())).thenReturn(new Outcome.NotFound<>("policy 'nope'"));

        mvc.perform(MockMvcRequestBuilders.post("/api/v1/policies/nope/simulations")
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("Policy 'nope' is not known."));
    }

    @Test
    void sweepAnswersEveryCombinationWithItsParametersAndAnInvalidOneWithNullResultsAndWhy() throws Exception {
        when(sweep.sweep(any())).thenReturn(new Outcome.Done<>(List.of(
            SweepOutcome.ran(Map.of("window", 7, "discontinuationThreshold", 1000L), 430, 3,
                LocalDate.parse("2025-02-01")),
            SweepOutcome.invalid(Map.of("window", 7, "discontinuationThreshold", 3000L),
                "discontinuationThreshold: 3000 is above the activation threshold 2500"))));

        postTo("/sweeps", "{\"parameters\": {\"discontinuationThreshold\": [1000, 3000], \"window\": [7]}}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.policyId").value("securing-the-border"))
            .andExpect(jsonPath("$.combinations").value(2))
            .andExpect(jsonPath("$.outcomes[0].parameters.window").value(7))
            .andExpect(jsonPath("$.outcomes[0].parameters.discontinuationThreshold").value(1000))
            .andExpect(jsonPath("$.outcomes[0].daysInEffect").value(430))
            .andExpect(jsonPath("$.outcomes[0].determinations").value(3))
            .andExpect(jsonPath("$.outcomes[0].firstDiscontinuation").value("2025-02-01"))
            .andExpect(jsonPath("$.outcomes[0].valid").value(true))
            .andExpect(jsonPath("$.outcomes[0].invalid").isEmpty())
            .andExpect(jsonPath("$.outcomes[0].unavailable").isEmpty())
            .andExpect(jsonPath("$.outcomes[1].valid").value(false))
            .andExpect(jsonPath("$.outcomes[1].daysInEffect").isEmpty())
            .andExpect(jsonPath("$.outcomes[1].determinations").isEmpty())
            .andExpect(jsonPath("$.outcomes[1].firstDiscontinuation").isEmpty())
            .andExpect(jsonPath("$.outcomes[1].invalid").value(
                "discontinuationThreshold: 3000 is above the activation threshold 2500"))
            .andExpect(jsonPath("$.outcomes[1].unavailable.daysInEffect.reason").value("INVALID_COMBINATION"))
            .andExpect(jsonPath("$.outcomes[1].unavailable.daysInEffect.message").value("the combination was not"
                + " run: discontinuationThreshold: 3000 is above the activation threshold 2500"));

        ArgumentCaptor<SweepParametersUseCase.Command> command =
            ArgumentCaptor.forClass(SweepParametersUseCase.Command.class);
        verify(sweep).sweep(command.capture());
        assertThat(command.getValue().values()).containsExactly(
            Map.entry("discontinuationThreshold", List.of(1000, 3000)), Map.entry("window", List.of(7)));
    }

    @Test
    void sweepParametersAreShownInTheOrderOfAVersion() throws Exception {
        when(sweep.sweep(any())).thenReturn(new Outcome.Done<>(List.of(SweepOutcome.ran(
            Map.of("cancelPendingOn", CancellationThreshold.DISCONTINUATION_THRESHOLD, "window", 7,
                "consecutiveDays", 28), 1, 0, null))));

        postTo("/sweeps", "{\"parameters\": {\"window\": [7]}}")
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.outcomes[0].parameters.cancelPendingOn").value("DISCONTINUATION_THRESHOLD"))
            .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                .contains("{\"window\":7,\"consecutiveDays\":28,\"cancelPendingOn\":\"DISCONTINUATION_THRESHOLD\"}"));
    }

    @Test
    void aSweepRefusedWhileTooManyComputationsRunIsA503WithRetryAfter() throws Exception {
        when(sweep.sweep(any())).thenThrow(new ComputationsBusy("All 2 computation threads are busy", Duration
            .ofMillis(4_200)));

        postTo("/sweeps", "{\"parameters\": {\"window\": [7]}}")
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string(HttpHeaders.RETRY_AFTER, "5"))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/busy"))
            .andExpect(jsonPath("$.title").value("Too busy"))
            .andExpect(jsonPath("$.detail").value("All 2 computation threads are busy; try again in 5 s."));
    }

    @Test
    void sweepWithAnEmptyAxisNamesTheParameter() throws Exception {
        when(sweep.sweep(any())).thenReturn(new Outcome.Invalid<>(List.of(
            new Violation("parameters.window", "needs at least one value"))));

        postTo("/sweeps", "{\"parameters\": {\"window\": []}}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("parameters.window"))
            .andExpect(jsonPath("$.errors[0].message").value("needs at least one value"));
    }

    @Test
    void sweepValuesThatAreNotAListAreNamed() throws Exception {
        postTo("/sweeps", "{\"parameters\": {\"window\": 7}}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("parameters.window"))
            .andExpect(jsonPath("$.errors[0].message").value("must be an array, was a whole number"));
    }
}
