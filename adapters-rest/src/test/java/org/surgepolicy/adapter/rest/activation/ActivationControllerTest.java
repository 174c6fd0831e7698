package org.surgepolicy.adapter.rest.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.surgepolicy.adapter.rest.RestSliceTest;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.ListActivationDecisionsQuery;
import org.surgepolicy.application.policy.port.in.RecordActivationDecisionUseCase;
import org.surgepolicy.domain.policy.ActivationDecision;

@RestSliceTest
class ActivationControllerTest {

    private static final String POLICY = "border-emergency-authority";
    private static final String ACTIVATIONS = "/api/v1/policies/" + POLICY + "/activations";
    private static final Principal ADMIN = () -> "admin-ann";
    private static final LocalDate JULY_8 = LocalDate.of(2024, 7, 8);
    private static final Instant RECORDED_AT = Instant.parse("2024-07-08T16:00:00Z");
    private static final String ACTIVATION = """
        {"determinationDate": "2024-07-08", "reason": "Sustained encounters",
         "authority": "Secretary of Homeland Security"}""";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private RecordActivationDecisionUseCase recordDecision;
    @Autowired
    private ListActivationDecisionsQuery listDecisions;

    private static ActivationDecision decision() {
        return new ActivationDecision(3, JULY_8, JULY_8, "Sustained encounters", "Secretary of Homeland Security",
            RECORDED_AT, "admin-ann");
    }

    private ResultActions record(String body) throws Exception {
        return mvc.perform(post(ACTIVATIONS).principal(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void aRecordedDecisionIsCreatedWithTheAuthenticatedUserAsRecorder() throws Exception {
        when(recordDecision.record(any())).thenReturn(new Outcome.Done<>(decision()));

        record(ACTIVATION)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").value(3))
            .andExpect(jsonPath("$.determinationDate").value("2024-07-08"))
            .andExpect(jsonPath("$.decidedOn").value("2024-07-08"))
            .andExpect(jsonPath("$.reason").value("Sustained encounters"))
            .andExpect(jsonPath("$.authority").value("Secretary of Homeland Security"))
            .andExpect(jsonPath("$.recordedAt").value("2024-07-08T16:00:00Z"))
            .andExpect(jsonPath("$.recordedBy").value("admin-ann"));

        ArgumentCaptor<RecordActivationDecisionUseCase.Command> command =
            ArgumentCaptor.forClass(RecordActivationDecisionUseCase.Command.class);
        verify(recordDecision).record(command.capture());
        assertThat(command.getValue()).isEqualTo(new RecordActivationDecisionUseCase.Command(POLICY, JULY_8,
            "Sustained encounters", "Secretary of Homeland Security", "admin-ann"));
    }

    @Test
    void everyMissingFieldIsNamed() throws Exception {
        record("{\"reason\": \" \"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/invalid-request"))
            .andExpect(jsonPath("$.errors", hasSize(3)))
            .andExpect(jsonPath("$.errors[?(@.field == 'determinationDate')].message").value("must not be null"))
            .andExpect(jsonPath("$.errors[?(@.field == 'reason')].message").value("must not be blank"))
            .andExpect(jsonPath("$.errors[?(@.field == 'authority')].message").value("must not be blank"));
        verify(recordDecision, never()).record(any());
    }

    @Test
    void aDecisionTheRuleWouldNotActOnIsAConflictSayingWhy() throws Exception {
        when(recordDecision.record(any())).thenReturn(new Outcome.InConflict<>("an activation decision of"
            + " 2024-07-08 citing the determination of 2024-07-07 would not act: no determination was made on"
            + " 2024-07-07"));

        record(ACTIVATION)
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.status").value(409))
            .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString(
                "no determination was made on 2024-07-07")));
    }

    @Test
    void aDecisionOnAnUnknownPolicyIsNotFound() throws Exception {
        when(recordDecision.record(any())).thenReturn(new Outcome.NotFound<>("policy 'nope'"));

        record(ACTIVATION)
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("Policy 'nope' is not known."));
    }

    @Test
    void decisionsAreListedAsKnownAtTheInstantAsked() throws Exception {
        when(listDecisions.decisions(POLICY, null)).thenReturn(new Outcome.Done<>(List.of(decision())));
        when(listDecisions.decisions(POLICY, RECORDED_AT.minusSeconds(1))).thenReturn(new Outcome.Done<>(List.of()));

        mvc.perform(get(ACTIVATIONS))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(1)))
            .andExpect(jsonPath("$[0].id").value(3))
            .andExpect(jsonPath("$[0].decidedOn").value("2024-07-08"));
        mvc.perform(get(ACTIVATIONS).queryParam("knownAt", "2024-07-08T15:59:59Z"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void decisionsOfAnUnknownPolicyAreNotFound() throws Exception {
        when(listDecisions.decisions("nope", null)).thenReturn(new Outcome.NotFound<>("policy 'nope'"));

        mvc.perform(get("/api/v1/policies/nope/activations"))
            .andExpect(status().isNotFound());
    }
}
