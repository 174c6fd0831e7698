package org.surgepolicy.adapter.rest.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.surgepolicy.adapter.rest.RestFixtures;
import org.surgepolicy.adapter.rest.RestSliceTest;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.tally.SubmitTalliesService;
import org.surgepolicy.application.tally.port.in.GetTalliesQuery;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyRevision;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

@RestSliceTest
class TallyControllerTest {

    private static final LocalDate TODAY = LocalDate.parse("2024-08-12");
    private static final Principal OPERATOR = () -> "operator-olga";
    private static final String ROW = """
        {"date": "2024-08-01", "component": "USBP", "area": "RGV", "demographic": "SINGLE_ADULTS",
         "citizenship": "MEXICO", "encounterType": "APPREHENSIONS", "count": 412}""";

    @Autowired
    private MockMvc mvc;
    @Autowired
    private SubmitTalliesUseCase submitTallies;
    @Autowired
    private GetTalliesQuery getTallies;

    /** The use case's own row checks, without a ledger behind them: every row is new. */
    @BeforeEach
    void checkRowsLikeTheUseCase() {
        when(submitTallies.submit(any())).thenAnswer(call -> {
            SubmitTalliesUseCase.Command command = call.getArgument(0);
            List<Violation> violations = new ArrayList<>();
            List<Tally> tallies = SubmitTalliesService.parse(command.rows(), TODAY, "tallies", violations);
            if (!violations.isEmpty()) {
                return new Outcome.Invalid<>(violations);
            }
            return new Outcome.Done<>(new SubmitTalliesUseCase.Receipt(tallies.size(), tallies.size(), 0, 0,
                List.of(new SubmitTalliesUseCase.PolicyStateSummary(RestFixtures.POLICY,
                    PolicyStateKind.DISCONTINUATION_PENDING, RestFixtures.LOW_ON, PolicyStateKind.IN_EFFECT,
                    RestFixtures.LOW_ON.plusDays(1)))));
        });
    }

    private ResultActions submit(String body) throws Exception {
        return mvc.perform(post("/api/v1/tallies").principal(OPERATOR).contentType(MediaType.APPLICATION_JSON)
            .content(body));
    }

    private static String submission(String... rows) {
        return "{\"source\": \"rgv-daily-report\", \"tallies\": [" + String.join(",", rows) + "]}";
    }

    private static String row(String field, String json) {
        return ROW.replaceFirst("\"" + field + "\": [^,}]+", "\"" + field + "\": " + json);
    }

    @Test
    void submittedTalliesAnswerWithTheCountsAndEveryPolicysState() throws Exception {
        submit(submission(ROW, row("area", "\"TCA\"")))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.received").value(2))
            .andExpect(jsonPath("$.added").value(2))
            .andExpect(jsonPath("$.revised").value(0))
            .andExpect(jsonPath("$.unchanged").value(0))
            .andExpect(jsonPath("$.policies[0].policyId").value(RestFixtures.POLICY))
            .andExpect(jsonPath("$.policies[0].state").value("DISCONTINUATION_PENDING"))
            .andExpect(jsonPath("$.policies[0].since").value("2024-08-10"))
            .andExpect(jsonPath("$.policies[0].effectiveState").value("IN_EFFECT"))
            .andExpect(jsonPath("$.policies[0].effectiveSince").value("2024-08-11"));
    }

    @Test
    void theAuthenticatedUserIsRecordedAsTheSender() throws Exception {
        submit(submission(ROW)).andExpect(status().isOk());

        ArgumentCaptor<SubmitTalliesUseCase.Command> command =
            ArgumentCaptor.forClass(SubmitTalliesUseCase.Command.class);
        verify(submitTallies).submit(command.capture());
        assertThat(command.getValue().recordedBy()).isEqualTo("operator-olga");
        assertThat(command.getValue().source()).isEqualTo("rgv-daily-report");
        assertThat(command.getValue().rows()).containsExactly(
            new SubmitTalliesUseCase.Row(LocalDate.parse("2024-08-01"), "USBP", "RGV", "SINGLE_ADULTS", "MEXICO",
                "APPREHENSIONS", 412L));
    }

    @Test
    void bodyThatIsNotJsonIsNamedByLineAndColumn() throws Exception {
        submit("{\"source\": \"r\",\n \"tallies\": [\n  {\"date\": \"2024-08-01\" \"count\": 1}]}")
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/malformed-request"))
            .andExpect(jsonPath("$.title").value("Malformed request"))
            .andExpect(jsonPath("$.status").value(400))
            .andExpect(jsonPath("$.detail", startsWith("The request body is not valid JSON: tallies[0]")))
            .andExpect(jsonPath("$.errors[0].line").value(3))
            .andExpect(jsonPath("$.errors[0].column").value(25))
            .andExpect(jsonPath("$.errors[0].field").value("tallies[0]"))
            .andExpect(jsonPath("$.errors[0].message", containsString("was expecting comma")));
    }

    @Test
    void countOfTheWrongTypeNamesTheRowAndTheExpectedType() throws Exception {
        submit(submission(ROW, row("count", "\"many\"")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/invalid-request"))
            .andExpect(jsonPath("$.errors[0].field").value("tallies[1].count"))
            .andExpect(jsonPath("$.errors[0].message").value("must be a whole number, was 'many'"));
    }

    @Test
    void countWithAFractionIsRefusedRatherThanCutOff() throws Exception {
        submit(submission(row("count", "412.5")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("tallies[0].count"))
            .andExpect(jsonPath("$.errors[0].message").value("must be a whole number, was '412.5'"));
    }

    @Test
    void dateThatIsNoDateNamesTheRowAndTheFormat() throws Exception {
        submit(submission(ROW, ROW, row("date", "\"2024-13-01\"")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("tallies[2].date"))
            .andExpect(jsonPath("$.errors[0].message").value("must be a date YYYY-MM-DD, was '2024-13-01'"));
    }

    @Test
    void listGivenAsAnObjectIsNamed() throws Exception {
        submit("{\"source\": \"r\", \"tallies\": " + ROW + "}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("tallies"))
            .andExpect(jsonPath("$.errors[0].message").value("must be an array, was an object"));
    }

    @Test
    void countBeyondAnyWholeNumberIsNamed() throws Exception {
        submit(submission(row("count", "99999999999999999999")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("tallies[0].count"))
            .andExpect(jsonPath("$.errors[0].message", startsWith("must be a whole number in range")));
    }

    @Test
    void missingFieldsAreEachNamedWithTheirRow() throws Exception {
        submit(submission(ROW, "{\"date\": \"2024-08-01\", \"area\": \"RGV\", \"count\": 3}"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors", hasSize(4)))
            .andExpect(jsonPath("$.errors[0].field").value("tallies[1].component"))
            .andExpect(jsonPath("$.errors[0].message").value("is required"))
            .andExpect(jsonPath("$.errors[1].field").value("tallies[1].demographic"))
            .andExpect(jsonPath("$.errors[2].field").value("tallies[1].citizenship"))
            .andExpect(jsonPath("$.errors[3].field").value("tallies[1].encounterType"));
    }

    @Test
    void unknownCodesAreNamedWithTheirRow() throws Exception {
        submit(submission(ROW, row("area", "\"XYZ\""), row("component", "\"CBP\"")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors", hasSize(2)))
            .andExpect(jsonPath("$.errors[0].field").value("tallies[1].area"))
            .andExpect(jsonPath("$.errors[0].message", startsWith("unknown area code 'XYZ'")))
            .andExpect(jsonPath("$.errors[1].field").value("tallies[2].component"))
            .andExpect(jsonPath("$.errors[1].message").value("unknown code 'CBP'; expected one of USBP, OFO"));
    }

    @Test
    void negativeAndHugeCountsAreNamedWithTheirRow() throws Exception {
        submit(submission(row("count", "-1"), ROW, row("count", "1000001")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.detail").value("2 values are invalid; the first: tallies[0].count: must be "
                + "between 0 and 1000000, was -1."))
            .andExpect(jsonPath("$.errors[0].field").value("tallies[0].count"))
            .andExpect(jsonPath("$.errors[0].message").value("must be between 0 and 1000000, was -1"))
            .andExpect(jsonPath("$.errors[1].field").value("tallies[2].count"))
            .andExpect(jsonPath("$.errors[1].message").value("must be between 0 and 1000000, was 1000001"));
    }

    @Test
    void futureDateIsNamedWithItsRow() throws Exception {
        submit(submission(row("date", "\"2024-08-13\"")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("tallies[0].date"))
            .andExpect(jsonPath("$.errors[0].message").value("2024-08-13 is in the future (today is 2024-08-12)"));
    }

    @Test
    void keyGivenTwiceInOneRequestNamesBothRows() throws Exception {
        submit(submission(ROW, row("area", "\"TCA\""), row("count", "7")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors", hasSize(1)))
            .andExpect(jsonPath("$.errors[0].field").value("tallies[2]"))
            .andExpect(jsonPath("$.errors[0].message", startsWith("has the same key as tallies[0]")));
    }

    @Test
    void emptyListIsRefused() throws Exception {
        submit(submission())
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("tallies"))
            .andExpect(jsonPath("$.errors[0].message").value("must not be empty"));
        verify(submitTallies, never()).submit(any());
    }

    @Test
    void missingSourceIsRefused() throws Exception {
        submit("{\"tallies\": [" + ROW + "]}")
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("source"))
            .andExpect(jsonPath("$.errors[0].message").value("must not be blank"));
    }

    @Test
    void bodyOverTenMegabytesIsRefusedUnread() throws Exception {
        String huge = "{\"source\": \"" + "x".repeat(10 * 1024 * 1024) + "\", \"tallies\": [" + ROW + "]}";
        submit(huge)
            .andExpect(status().isContentTooLarge())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/request-too-large"))
            .andExpect(jsonPath("$.detail", startsWith("The request body is larger than the limit of 10485760 bytes")));
        verify(submitTallies, never()).submit(any());
    }

    @Test
    void bodyOfAnotherContentTypeIsRefused() throws Exception {
        mvc.perform(post("/api/v1/tallies").principal(OPERATOR).contentType(MediaType.TEXT_PLAIN)
                .content(submission(ROW)))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/unsupported-media-type"))
            .andExpect(jsonPath("$.detail").value("The request has Content-Type 'text/plain'; send application/json."));
    }

    @Test
    void talliesOfADayAreListedWithTheirRevisions() throws Exception {
        Tally tally = Tally.parse(LocalDate.parse("2024-08-01"), "USBP", "RGV", "SINGLE_ADULTS", "MEXICO",
            "APPREHENSIONS", 412L);
        Instant knownAt = Instant.parse("2024-08-02T12:00:00Z");
        when(getTallies.tallies(new GetTalliesQuery.Query(LocalDate.parse("2024-08-01"), "RGV", knownAt, true)))
            .thenReturn(List.of(new TallyRevision(tally, Instant.parse("2024-08-02T09:30:00Z"), "operator-olga",
                "rgv-daily-report", 41)));

        mvc.perform(get("/api/v1/tallies").param("date", "2024-08-01").param("area", "RGV")
                .queryParam("knownAt", "2024-08-02T08:00:00-04:00").param("history", "true"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.date").value("2024-08-01"))
            .andExpect(jsonPath("$.area").value("RGV"))
            .andExpect(jsonPath("$.knownAt").value("2024-08-02T12:00:00Z"))
            .andExpect(jsonPath("$.history").value(true))
            .andExpect(jsonPath("$.tallies[0].date").value("2024-08-01"))
            .andExpect(jsonPath("$.tallies[0].component").value("USBP"))
            .andExpect(jsonPath("$.tallies[0].area").value("RGV"))
            .andExpect(jsonPath("$.tallies[0].demographic").value("SINGLE_ADULTS"))
            .andExpect(jsonPath("$.tallies[0].citizenship").value("MEXICO"))
            .andExpect(jsonPath("$.tallies[0].encounterType").value("APPREHENSIONS"))
            .andExpect(jsonPath("$.tallies[0].count").value(412))
            .andExpect(jsonPath("$.tallies[0].recordedAt").value("2024-08-02T09:30:00Z"))
            .andExpect(jsonPath("$.tallies[0].recordedBy").value("operator-olga"))
            .andExpect(jsonPath("$.tallies[0].source").value("rgv-daily-report"))
            .andExpect(jsonPath("$.tallies[0].sequence").value(41));
    }

    @Test
    void readingWithoutADateNamesTheParameter() throws Exception {
        mvc.perform(get("/api/v1/tallies"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[0].field").value("date"))
            .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void knownAtThatIsNoInstantNamesTheParameterAndTheFormat() throws Exception {
        mvc.perform(get("/api/v1/tallies").param("date", "2024-08-01").queryParam("knownAt", "yesterday"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("knownAt"))
            .andExpect(jsonPath("$.errors[0].message").value("must be an instant in ISO-8601 with offset, such as "
                + "2024-06-05T12:00:00Z, was 'yesterday'"));
    }

    @Test
    void unknownAreaInAQueryIsNamed() throws Exception {
        when(getTallies.tallies(any())).thenThrow(new InvalidValueException("area", "unknown area code 'XYZ'"));

        mvc.perform(get("/api/v1/tallies").param("date", "2024-08-01").param("area", "XYZ"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("area"))
            .andExpect(jsonPath("$.errors[0].message").value("unknown area code 'XYZ'"));
    }
}
