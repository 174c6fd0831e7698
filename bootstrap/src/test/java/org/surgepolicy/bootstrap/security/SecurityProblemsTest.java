package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;

/** 401 and 403 are problems like every other error; the API keeps no session; the sender is the signed-in user. */
@SecuredApiTest
@TestPropertySource(properties = {
    "surge.security.users[0].username=olga", "surge.security.users[0].password={noop}olga-secret",
    "surge.security.users[0].roles=OPERATOR",
    "surge.security.users[1].username=vic", "surge.security.users[1].password={noop}vic-secret",
    "surge.security.users[1].roles=VIEWER"})
class SecurityProblemsTest {


    @Autowired
    private MockMvc mvc;
    @Autowired
    private SubmitTalliesUseCase submitTallies;

    @Test
    void withoutCredentialsTheAnswerIsAProblemWithTheChallenge() throws Exception {
        mvc.perform(get("/api/v1/policies"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, SecurityProblems.BASIC_CHALLENGE))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/unauthorized"))
            .andExpect(jsonPath("$.title").value("Authentication required"))
            .andExpect(jsonPath("$.status").value(401))
            .andExpect(jsonPath("$.detail").value("Authentication is required: send HTTP Basic credentials."))
            .andExpect(jsonPath("$.instance").value("/api/v1/policies"));
    }

    @Test
    void wrongPasswordIsAProblem() throws Exception {
        mvc.perform(get("/api/v1/policies").with(httpBasic("olga", "guess")))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("The user name or password is not valid."));
    }

    @Test
    void wrongRoleIsAProblemNamingTheUserAndTheRoles() throws Exception {
        mvc.perform(post("/api/v1/tallies").with(httpBasic("vic", "vic-secret"))
                .contentType(MediaType.APPLICATION_JSON).content(SecuredApi.TALLIES))
            .andExpect(status().isForbidden())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/forbidden"))
            .andExpect(jsonPath("$.status").value(403))
            .andExpect(jsonPath("$.detail").value("The user 'vic' (roles VIEWER) may not POST /api/v1/tallies: it "
                + "needs OPERATOR."))
            .andExpect(jsonPath("$.needs").value(contains("OPERATOR")));
    }

    @Test
    void submissionNeedsNoCsrfTokenKeepsNoSessionAndRecordsTheSignedInUser() throws Exception {
        when(submitTallies.submit(any())).thenReturn(new Outcome.Done<>(
            new SubmitTalliesUseCase.Receipt(1, 1, 0, 0, List.of())));

        mvc.perform(post("/api/v1/tallies").with(httpBasic("olga", "olga-secret"))
                .contentType(MediaType.APPLICATION_JSON).content(SecuredApi.TALLIES))
            .andExpect(status().isOk())
            .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE))
            .andExpect(result -> assertThat(result.getRequest().getSession(false)).isNull());

        ArgumentCaptor<SubmitTalliesUseCase.Command> command =
            ArgumentCaptor.forClass(SubmitTalliesUseCase.Command.class);
        verify(submitTallies).submit(command.capture());
        assertThat(command.getValue().recordedBy()).isEqualTo("olga");
    }

    @Test
    void healthIsOpenButOtherActuatorEndpointsAreNot() throws Exception {
        mvc.perform(get("/actuator/health/liveness"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/info").with(httpBasic("olga", "olga-secret")))
            .andExpect(status().isForbidden());
    }

    @Test
    void knownAtSmuggledInEncodedIsStillAQuestionForAuditors() throws Exception {
        mvc.perform(get(URI.create("/api/v1/tallies?date=2024-08-01&known%41t=2024-08-02T00:00:00Z"))
                .with(httpBasic("olga", "olga-secret")))
            .andExpect(status().isForbidden());
    }

    @Test
    void problemsOfUnknownPathsNeedAUserFirst() throws Exception {
        mvc.perform(get("/api/v1/nowhere"))
            .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/nowhere").with(httpBasic("vic", "vic-secret")))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/not-found"));
    }
}
