package org.surgepolicy.adapter.rest.override;

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
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.surgepolicy.adapter.rest.RestFixtures;
import org.surgepolicy.adapter.rest.RestSliceTest;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.ListOverridesQuery;
import org.surgepolicy.application.policy.port.in.RecordOverrideUseCase;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.validation.Violation;

@RestSliceTest
class OverrideControllerTest {

    private static final String OVERRIDES = "/api/v1/policies/" + RestFixtures.POLICY + "/overrides";
    private static final Principal ADMIN = () -> "admin-ann";
    private static final String OVERRIDE = """
        {"state": "IN_EFFECT", "from": "2024-08-11", "reason": "Court order 24-1234",
         "authority": "U.S. District Court"}""";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private RecordOverrideUseCase recordOverride;
    @Autowired
    private ListOverridesQuery listOverrides;

    private ResultActions record(String body) throws Exception {
        return mvc.perform(post(OVERRIDES).principal(ADMIN).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    @Test
    void recordedOverrideIsCreatedWithTheAuthenticatedUserAsRecorder() throws Exception {
        when(recordOverride.record(any())).thenReturn(new Outcome.Done<>(RestFixtures.override()));

        record(OVERRIDE)
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.id").value(7))
            .andExpect(jsonPath("$.state").value("IN_EFFECT"))
            .andExpect(jsonPath("$.from").value("2024-08-11"))
            .andExpect(jsonPath("$.to").isEmpty())
            .andExpect(jsonPath("$.reason").value("Court order 24-1234"))
            .andExpect(jsonPath("$.authority").value("U.S. District Court"))
            .andExpect(jsonPath("$.recordedAt").value("2024-08-10T13:00:00Z"))
            .andExpect(jsonPath("$.recordedBy").value("admin-ann"));

        ArgumentCaptor<RecordOverrideUseCase.Command> command =
            ArgumentCaptor.forClass(RecordOverrideUseCase.Command.class);
        verify(recordOverride).record(command.capture());
        assertThat(command.getValue()).isEqualTo(new RecordOverrideUseCase.Command(RestFixtures.POLICY,
            PolicyStateKind.IN_EFFECT, LocalDate.parse("2024-08-11"), null, "Court order 24-1234",
            "U.S. District Court", "admin-ann"));
    }

    @Test
    void everyMissingFieldIsNamed() throws Exception {
        record("{\"to\": \"2024-08-20\", \"reason\": \" \"}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/invalid-request"))
            .andExpect(jsonPath("$.errors", hasSize(4)))
            .andExpect(jsonPath("$.errors[?(@.field == 'state')].message").value("must not be null"))
            .andExpect(jsonPath("$.errors[?(@.field == 'from')].message").value("must not be null"))
            .andExpect(jsonPath("$.errors[?(@.field == 'reason')].message").value("must not be blank"))
            .andExpect(jsonPath("$.errors[?(@.field == 'authority')].message").value("must not be blank"));
        verify(recordOverride, never()).record(any());
    }

    @Test
    void unknownStateNamesTheStatesThereAre() throws Exception {
        record(OVERRIDE.replace("IN_EFFECT", "PAUSED"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("state"))
            .andExpect(jsonPath("$.errors[0].message").value("must be one of IN_EFFECT, DISCONTINUATION_PENDING, "
                + "DISCONTINUED, was 'PAUSED'"));
    }

    @Test
    void overrideTheUseCaseRefusesIsABadRequestNamingTheField() throws Exception {
        when(recordOverride.record(any())).thenReturn(new Outcome.Invalid<>(List.of(
            new Violation("from", "2024-01-01 is before the policy starts on 2024-06-05"))));

        record(OVERRIDE)
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value("from: 2024-01-01 is before the policy starts on 2024-06-05."))
            .andExpect(jsonPath("$.errors[0].field").value("from"))
            .andExpect(jsonPath("$.errors[0].message").value("2024-01-01 is before the policy starts on 2024-06-05"));
    }

    @Test
    void overrideOfAnUnknownPolicyIsNotFound() throws Exception {
        when(recordOverride.record(any())).thenReturn(new Outcome.NotFound<>("policy nope"));

        record(OVERRIDE)
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("Policy nope is not known."));
    }

    @Test
    void overridesAreListed() throws Exception {
        when(listOverrides.overrides(RestFixtures.POLICY))
            .thenReturn(new Outcome.Done<>(List.of(RestFixtures.override())));

        mvc.perform(get(OVERRIDES))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(1)))
            .andExpect(jsonPath("$[0].id").value(7))
            .andExpect(jsonPath("$[0].reason").value("Court order 24-1234"));
    }

    @Test
    void overridesOfAnUnknownPolicyAreNotFound() throws Exception {
        when(listOverrides.overrides("nope")).thenReturn(new Outcome.NotFound<>("policy 'nope'"));

        mvc.perform(get("/api/v1/policies/nope/overrides"))
            .andExpect(status().isNotFound());
    }
}
