package org.surgepolicy.adapter.rest.error;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.CannotCreateTransactionException;
import org.surgepolicy.adapter.rest.RestSliceTest;
import org.surgepolicy.adapter.rest.web.RequestIds;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;

/** The errors no single endpoint owns: unknown paths, wrong methods, a database that is away, and bugs. */
@RestSliceTest
class ProblemDetailsTest {

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ListPoliciesQuery listPolicies;
    @Autowired
    private SubmitTalliesUseCase submitTallies;

    @Test
    void unknownPathIsANotFoundProblemRatherThanAnErrorPage() throws Exception {
        mvc.perform(get("/api/v1/nothing-here").accept(MediaType.TEXT_HTML))
            .andExpect(status().isNotFound())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/not-found"))
            .andExpect(jsonPath("$.title").value("Not found"))
            .andExpect(jsonPath("$.status").value(404))
            .andExpect(jsonPath("$.detail").value("There is no endpoint GET /api/v1/nothing-here."))
            .andExpect(jsonPath("$.instance").value("/api/v1/nothing-here"));
    }

    @Test
    void everyProblemNamesTheIdOfItsRequest() throws Exception {
        mvc.perform(get("/api/v1/nothing-here").requestAttr(RequestIds.KEY, "req-7f3a"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.requestId").value("req-7f3a"));
    }

    @Test
    void anUnexpectedErrorIsLoggedUnderTheRequestsId() throws Exception {
        when(listPolicies.list()).thenThrow(new IllegalStateException("a bug"));

        mvc.perform(get("/api/v1/policies").requestAttr(RequestIds.KEY, "req-7f3b"))
            .andExpect(status().isInternalServerError())
            .andExpect(jsonPath("$.requestId").value("req-7f3b"))
            .andExpect(jsonPath("$.detail").value("An unexpected error occurred; it was logged under the id "
                + "req-7f3b."));
    }

    @Test
    void methodTheEndpointDoesNotHaveIsAProblemNamingTheOnesItHas() throws Exception {
        mvc.perform(delete("/api/v1/tallies"))
            .andExpect(status().isMethodNotAllowed())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(header().string(HttpHeaders.ALLOW, containsString("POST")))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/method-not-allowed"))
            .andExpect(jsonPath("$.status").value(405))
            .andExpect(jsonPath("$.detail").value("Method 'DELETE' is not supported."));
    }

    @Test
    void unreachableDatabaseIsAServiceUnavailableProblemWithRetryAfter() throws Exception {
        when(listPolicies.list()).thenThrow(new DataAccessResourceFailureException("Connection refused"));

        mvc.perform(get("/api/v1/policies"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"))
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/database-unavailable"))
            .andExpect(jsonPath("$.status").value(503))
            .andExpect(jsonPath("$.detail").value("The database cannot be reached at the moment; try again later."));
    }

    @Test
    void transactionThatCannotStartIsAServiceUnavailableProblem() throws Exception {
        when(submitTallies.submit(any())).thenThrow(new CannotCreateTransactionException("no connection"));

        mvc.perform(post("/api/v1/tallies").principal((Principal) () -> "olga").contentType(MediaType.APPLICATION_JSON)
                .content("{\"source\": \"s\", \"tallies\": [{}]}"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string(HttpHeaders.RETRY_AFTER, "30"));
    }

    @Test
    void aChangeThatCouldNotHaveItsLockInTimeIsABusyProblemSayingNothingWasStored() throws Exception {
        when(submitTallies.submit(any())).thenThrow(new CannotAcquireLockException("Timeout trying to lock table"));

        mvc.perform(post("/api/v1/tallies").principal((Principal) () -> "olga").contentType(MediaType.APPLICATION_JSON)
                .content("{\"source\": \"s\", \"tallies\": [{}]}"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string(HttpHeaders.RETRY_AFTER, "10"))
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/busy"))
            .andExpect(jsonPath("$.status").value(503))
            .andExpect(jsonPath("$.detail").value("The data is being changed by another request or an import, and"
                + " this request could not wait any longer for it; nothing of it was stored. Send it again in 10 s."));
    }

    static Stream<RuntimeException> lockTimeouts() {
        return Stream.of(
            new QueryTimeoutException("Timeout trying to lock table \"commit_clock\""),
            new CannotAcquireLockException("The commit clock's lock was not had within the database's lock timeout"),
            new SubmitTalliesUseCase.LedgerBusy("The ledger's lock was not had within the database's lock timeout",
                null));
    }

    @ParameterizedTest
    @MethodSource("lockTimeouts")
    void aLockTimeoutHoweverTheDriverReportsItIsTheSameBusyProblem(RuntimeException timeout) throws Exception {
        when(listPolicies.list()).thenThrow(timeout);

        mvc.perform(get("/api/v1/policies"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string(HttpHeaders.RETRY_AFTER, "10"))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/busy"));
    }

    @Test
    void unexpectedErrorTellsNoInternalsButAnIdToFindItInTheLog() throws Exception {
        when(listPolicies.list()).thenThrow(new IllegalStateException("secret internals"));

        mvc.perform(get("/api/v1/policies"))
            .andExpect(status().isInternalServerError())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/internal-error"))
            .andExpect(jsonPath("$.detail", matchesPattern(
                "An unexpected error occurred; it was logged under the id [0-9a-f-]{36}\\.")))
            .andExpect(content().string(not(containsString("secret"))))
            .andExpect(content().string(not(containsString("IllegalStateException"))));
    }

    @Test
    void missingBodyIsAMalformedRequest() throws Exception {
        mvc.perform(post("/api/v1/tallies").principal((Principal) () -> "olga").contentType(MediaType.APPLICATION_JSON))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/malformed-request"))
            .andExpect(jsonPath("$.detail").value("The request body is missing or cannot be read; send a JSON "
                + "document."));
    }

    @Test
    void bodyCutShortNamesWhereItEnds() throws Exception {
        mvc.perform(post("/api/v1/tallies").principal((Principal) () -> "olga").contentType(MediaType.APPLICATION_JSON)
                .content("{\"source\": \"s\", \"tallies\": [{\"count\": 1}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/malformed-request"))
            .andExpect(jsonPath("$.errors[0].line").value(1))
            .andExpect(jsonPath("$.errors[0].field").value("tallies"))
            .andExpect(jsonPath("$.errors[0].column").value(41))
            .andExpect(jsonPath("$.errors[0].message")
                .value("Unexpected end-of-input: expected close marker for Array"));
    }

    @Test
    void queryInstantWithAnUnencodedPlusGetsAHint() throws Exception {
        mvc.perform(get("/api/v1/policies/p/status").queryParam("knownAt", "2024-08-11T00:00:00 04:00"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("knownAt"))
            .andExpect(jsonPath("$.errors[0].message", containsString("a '+' in a query must be sent as %2B")));
    }
}
