package org.surgepolicy.adapter.rest.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.surgepolicy.adapter.rest.RestFixtures;
import org.surgepolicy.adapter.rest.RestSliceTest;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.GetDeterminationsQuery;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetRestatementsQuery;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.RecordedDetermination;
import org.surgepolicy.domain.rule.Restatement;
import org.surgepolicy.domain.rule.Restatements;
import org.surgepolicy.domain.rule.TimelineDay;

@RestSliceTest
class PolicyControllerTest {

    private static final String POLICY = "/api/v1/policies/" + RestFixtures.POLICY;

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ListPoliciesQuery listPolicies;
    @Autowired
    private GetPolicyStatusQuery getStatus;
    @Autowired
    private GetTimelineQuery getTimeline;
    @Autowired
    private GetDeterminationsQuery getDeterminations;
    @Autowired
    private GetRestatementsQuery getRestatements;

    @Test
    void policiesAreListedWithTheirVersionsAndParameters() throws Exception {
        when(listPolicies.list()).thenReturn(List.of(RestFixtures.policy()));

        mvc.perform(get("/api/v1/policies"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$", hasSize(1)))
            .andExpect(jsonPath("$[0].id").value("securing-the-border"))
            .andExpect(jsonPath("$[0].title").value("Securing the Border"))
            .andExpect(jsonPath("$[0].timeZone").value("America/New_York"))
            .andExpect(jsonPath("$[0].startsOn").value("2024-06-05"))
            .andExpect(jsonPath("$[0].endsOn").isEmpty())
            .andExpect(jsonPath("$[0].initialState").value("IN_EFFECT"))
            .andExpect(jsonPath("$[0].versions[0].id").value("p10773"))
            .andExpect(jsonPath("$[0].versions[0].effectiveFrom").value("2024-06-05"))
            .andExpect(jsonPath("$[0].versions[0].citation").value("Proclamation 10773 §2(a)-(c), §4"))
            .andExpect(jsonPath("$[0].versions[0].parameters.window").value(7))
            .andExpect(jsonPath("$[0].versions[0].parameters.activationThreshold").value(2500))
            .andExpect(jsonPath("$[0].versions[0].parameters.discontinuationThreshold").value(1500))
            .andExpect(jsonPath("$[0].versions[0].parameters.consecutiveDays").value(1))
            .andExpect(jsonPath("$[0].versions[0].parameters.activationDelay").value(1))
            .andExpect(jsonPath("$[0].versions[0].parameters.discontinuationDelay").value(14))
            .andExpect(jsonPath("$[0].versions[0].parameters.determinationLag").value(1))
            .andExpect(jsonPath("$[0].versions[0].parameters.cancelPendingOn").value("ACTIVATION_THRESHOLD"))
            .andExpect(jsonPath("$[0].versions[0].countingRule.components[0]").value("USBP"))
            .andExpect(jsonPath("$[0].versions[0].countingRule.regions[0]").value("SOUTHWEST_LAND_BORDER"))
            .andExpect(jsonPath("$[0].versions[0].countingRule.regions[1]").value("SOUTHERN_COASTAL"))
            .andExpect(jsonPath("$[0].versions[0].countingRule.countsUnaccompaniedChildrenOfNonContiguousCountries")
                .value(false))
            .andExpect(jsonPath("$[0].versions[1].id").value("p10817"))
            .andExpect(jsonPath("$[0].versions[1].parameters.consecutiveDays").value(28))
            .andExpect(jsonPath("$[0].versions[1].countingRule.countsUnaccompaniedChildrenOfNonContiguousCountries")
                .value(true));
    }

    @Test
    void statusShowsTheStateTheAverageWithFourDecimalsAndTheOverride() throws Exception {
        when(getStatus.status(new GetPolicyStatusQuery.Query(RestFixtures.POLICY, null)))
            .thenReturn(new Outcome.Done<>(RestFixtures.status()));

        mvc.perform(get(POLICY + "/status"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("\"latestAverage\":1498.7143")))
            .andExpect(jsonPath("$.policyId").value("securing-the-border"))
            .andExpect(jsonPath("$.state").value("DISCONTINUATION_PENDING"))
            .andExpect(jsonPath("$.effectiveState").value("IN_EFFECT"))
            .andExpect(jsonPath("$.since").value("2024-08-10"))
            .andExpect(jsonPath("$.version").value("p10773"))
            .andExpect(jsonPath("$.asOf").value("2024-08-12"))
            .andExpect(jsonPath("$.dataThrough").value("2024-08-09"))
            .andExpect(jsonPath("$.latestWindow.from").value("2024-08-03"))
            .andExpect(jsonPath("$.latestWindow.to").value("2024-08-09"))
            .andExpect(jsonPath("$.latestWindow.sum").value(10491))
            .andExpect(jsonPath("$.latestWindow.days").value(7))
            .andExpect(jsonPath("$.latestWindow.average").value(1498.7143))
            .andExpect(jsonPath("$.daysBelowDiscontinuationThreshold").value(1))
            .andExpect(jsonPath("$.requiredDaysBelow").value(1))
            .andExpect(jsonPath("$.discontinuationEffectiveOn").value("2024-08-24"))
            .andExpect(jsonPath("$.reactivationEffectiveOn").isEmpty())
            .andExpect(jsonPath("$.earliestPossibleDiscontinuation").value("2024-08-24"))
            .andExpect(jsonPath("$.override.id").value(7))
            .andExpect(jsonPath("$.override.state").value("IN_EFFECT"))
            .andExpect(jsonPath("$.override.from").value("2024-08-11"))
            .andExpect(jsonPath("$.override.to").isEmpty())
            .andExpect(jsonPath("$.override.reason").value("Court order 24-1234"))
            .andExpect(jsonPath("$.override.authority").value("U.S. District Court"))
            .andExpect(jsonPath("$.override.recordedAt").value("2024-08-10T13:00:00Z"))
            .andExpect(jsonPath("$.override.recordedBy").value("admin-ann"))
            .andExpect(jsonPath("$.knownAt").isEmpty());
    }

    @Test
    void statusPairsEachStateWithItsOwnSinceAndSaysWhyEachNullIsNull() throws Exception {
        when(getStatus.status(new GetPolicyStatusQuery.Query(RestFixtures.POLICY, null)))
            .thenReturn(new Outcome.Done<>(RestFixtures.status()));

        mvc.perform(get(POLICY + "/status"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.state").value("DISCONTINUATION_PENDING"))
            .andExpect(jsonPath("$.since").value("2024-08-10"))
            .andExpect(jsonPath("$.effectiveState").value("IN_EFFECT"))
            .andExpect(jsonPath("$.effectiveSince").value("2024-08-11"))
            .andExpect(jsonPath("$.dataAgeDays").value(3))
            .andExpect(jsonPath("$.stale").value(false))
            .andExpect(jsonPath("$.staleAfterDays").value(3))
            .andExpect(jsonPath("$.latestWindowComplete").value(true))
            .andExpect(jsonPath("$.latestWindowMissingDays", hasSize(0)))
            .andExpect(jsonPath("$.projection.scheduled").value(true))
            .andExpect(jsonPath("$.projection.determinationOn").value("2024-08-10"))
            .andExpect(jsonPath("$.projection.discontinuationOn").value("2024-08-24"))
            .andExpect(jsonPath("$.projection.version").value("p10773"))
            .andExpect(jsonPath("$.projection.assumedDays").value(0))
            .andExpect(jsonPath("$.projection.assumedFrom").isEmpty())
            .andExpect(jsonPath("$.projection.unavailable.assumedFrom.reason").value("NOTHING_ASSUMED"))
            .andExpect(jsonPath("$.projection.description").value("The LOW determination of 2024-08-10 (p10773)"
                + " has scheduled the discontinuation for 2024-08-24."))
            .andExpect(jsonPath("$.earliestEffectiveChange").isEmpty())
            .andExpect(jsonPath("$.unavailable.earliestEffectiveChange.reason").value("NO_CHANGE_IN_VIEW"))
            .andExpect(jsonPath("$.unavailable.earliestEffectiveChange.message").value("the override in force since"
                + " 2024-08-11 (IN_EFFECT, U.S. District Court) has no end date"))
            .andExpect(jsonPath("$.unavailable.reactivationEffectiveOn.reason").value("NOT_IN_THIS_STATE"))
            .andExpect(jsonPath("$.unavailable.reactivationEffectiveOn.missingDays", hasSize(0)));
    }

    @Test
    void statusAsKnownAtAnInstantPassesTheInstantOn() throws Exception {
        Instant knownAt = Instant.parse("2024-08-11T04:00:00Z");
        when(getStatus.status(new GetPolicyStatusQuery.Query(RestFixtures.POLICY, knownAt)))
            .thenReturn(new Outcome.Done<>(RestFixtures.status()));

        mvc.perform(get(POLICY + "/status").queryParam("knownAt", "2024-08-11T00:00:00-04:00"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.knownAt").value("2024-08-11T04:00:00Z"));
    }

    @Test
    void knownAtAfterNowIsRefusedNamingTheFieldAndNow() throws Exception {
        mvc.perform(get(POLICY + "/status").queryParam("knownAt", "2999-01-01T00:00:00Z"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.errors[0].field").value("knownAt"))
            .andExpect(jsonPath("$.errors[0].message", matchesPattern("2999-01-01T00:00:00Z is after now \\(\\d{4}-"
                + "\\d{2}-\\d{2}T[0-9:.]+Z\\); knownAt asks what was known at a past instant")));
        verifyNoInteractions(getStatus);
    }

    @Test
    void knownAtGivenTwiceIsRefused() throws Exception {
        mvc.perform(get(POLICY + "/determinations?knownAt=2024-08-11T00:00:00Z&knownAt=2024-08-12T00:00:00Z"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("knownAt"))
            .andExpect(jsonPath("$.errors[0].message").value("is given 2 times; give it once"));
        verifyNoInteractions(getDeterminations);
    }

    /** A parameter read by name would take a form field too: knownAt comes from the query alone. */
    @Test
    void knownAtAsARequestParameterOutsideTheQueryIsNotRead() throws Exception {
        when(getTimeline.timeline(any())).thenReturn(new Outcome.Done<>(List.of()));

        mvc.perform(get(POLICY + "/timeline").param("knownAt", "2024-08-11T00:00:00Z"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.knownAt").isEmpty());
        verify(getTimeline).timeline(new GetTimelineQuery.Query(RestFixtures.POLICY, null, null, null));
    }

    @Test
    void knownAtInAFormBodyIsAnUnsupportedMediaType() throws Exception {
        mvc.perform(get(POLICY + "/status").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .content("knownAt=2024-08-11T00:00:00Z"))
            .andExpect(status().isUnsupportedMediaType())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("The request has Content-Type 'application/x-www-form-urlencoded': "
                + "no endpoint reads a URL-encoded form; send JSON (application/json), or a file to import as "
                + "text/csv or multipart to POST /api/v1/imports."));
        verifyNoInteractions(getStatus);
    }

    @Test
    void unknownPolicyIsANotFoundProblem() throws Exception {
        when(getStatus.status(any())).thenReturn(new Outcome.NotFound<>("policy 'no-such-policy'"));

        mvc.perform(get("/api/v1/policies/no-such-policy/status"))
            .andExpect(status().isNotFound())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/not-found"))
            .andExpect(jsonPath("$.title").value("Not found"))
            .andExpect(jsonPath("$.status").value(404))
            .andExpect(jsonPath("$.detail").value("Policy 'no-such-policy' is not known."))
            .andExpect(jsonPath("$.instance").value("/api/v1/policies/no-such-policy/status"));
    }

    @Test
    void timelineShowsEachDayWithItsStateAndDetermination() throws Exception {
        when(getTimeline.timeline(new GetTimelineQuery.Query(RestFixtures.POLICY, LocalDate.parse("2024-08-09"),
            LocalDate.parse("2024-08-24"), null))).thenReturn(new Outcome.Done<>(RestFixtures.days()));

        mvc.perform(get(POLICY + "/timeline").param("from", "2024-08-09").param("to", "2024-08-24"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.policyId").value("securing-the-border"))
            .andExpect(jsonPath("$.days", hasSize(3)))
            .andExpect(jsonPath("$.days[0].date").value("2024-08-09"))
            .andExpect(jsonPath("$.days[0].counted").value(1506))
            .andExpect(jsonPath("$.days[0].average").value(1498.7143))
            .andExpect(jsonPath("$.days[0].state").value("IN_EFFECT"))
            .andExpect(jsonPath("$.days[0].effectiveState").value("IN_EFFECT"))
            .andExpect(jsonPath("$.days[0].version").value("p10773"))
            .andExpect(jsonPath("$.days[0].daysBelowDiscontinuationThreshold").value(1))
            .andExpect(jsonPath("$.days[0].determination").isEmpty())
            .andExpect(jsonPath("$.days[0].since").value("2024-06-05"))
            .andExpect(jsonPath("$.days[1].counted").isEmpty())
            .andExpect(jsonPath("$.days[1].average").isEmpty())
            .andExpect(jsonPath("$.days[1].state").value("DISCONTINUATION_PENDING"))
            .andExpect(jsonPath("$.days[1].determination").value("LOW"))
            .andExpect(jsonPath("$.days[1].since").value("2024-08-10"))
            .andExpect(jsonPath("$.days[1].discontinuationEffectiveOn").value("2024-08-24"))
            .andExpect(jsonPath("$.days[2].state").value("DISCONTINUED"))
            .andExpect(jsonPath("$.days[2].effectiveState").value("IN_EFFECT"))
            .andExpect(jsonPath("$.days[2].reactivationEffectiveOn").value("2024-08-26"))
            .andExpect(jsonPath("$.days[2].overrideId").value(7))
            .andExpect(jsonPath("$.days[2].overrideFrom").value("2024-08-11"))
            .andExpect(jsonPath("$.days[2].overrideTo").isEmpty())
            .andExpect(jsonPath("$.days[2].since").value("2024-08-24"))
            .andExpect(jsonPath("$.days[2].effectiveSince").value("2024-08-11"))
            .andExpect(jsonPath("$.days[0].unavailable.counted").doesNotExist())
            .andExpect(jsonPath("$.days[0].unavailable.average").doesNotExist())
            .andExpect(jsonPath("$.days[0].unavailable.capDaysUsed.reason").value("NO_CAP"))
            .andExpect(jsonPath("$.days[1].unavailable.counted.reason").value("DAY_MISSING"))
            .andExpect(jsonPath("$.days[1].unavailable.average.reason").value("WINDOW_INCOMPLETE"))
            .andExpect(jsonPath("$.days[1].unavailable.average.missingDays[0]").value("2024-08-10"))
            .andExpect(jsonPath("$.days[2].unavailable.counted").doesNotExist())
            .andExpect(jsonPath("$.days[2].unavailable.average.message").value("the window ending 2024-08-24 lacks"
                + " 2 days (2024-08-10, 2024-08-21)"));
    }

    @Test
    void aTimelineAskedAgainWithItsEtagIsNotModifiedUntilItsDaysChange() throws Exception {
        GetTimelineQuery.Query query = new GetTimelineQuery.Query(RestFixtures.POLICY, LocalDate.parse("2024-08-09"),
            LocalDate.parse("2024-08-24"), null);
        List<TimelineDay> days = RestFixtures.days();
        when(getTimeline.timeline(query)).thenReturn(new Outcome.Done<>(days));

        String etag = mvc.perform(get(POLICY + "/timeline").param("from", "2024-08-09").param("to", "2024-08-24"))
            .andExpect(status().isOk())
            .andExpect(header().exists("ETag"))
            .andReturn().getResponse().getHeader("ETag");
        mvc.perform(get(POLICY + "/timeline").param("from", "2024-08-09").param("to", "2024-08-24")
                .header("If-None-Match", etag))
            .andExpect(status().isNotModified())
            .andExpect(content().bytes(new byte[0]));

        when(getTimeline.timeline(query)).thenReturn(new Outcome.Done<>(days.subList(0, 2)));
        String changed = mvc.perform(get(POLICY + "/timeline").param("from", "2024-08-09")
                .param("to", "2024-08-24").header("If-None-Match", etag))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.days", hasSize(2)))
            .andReturn().getResponse().getHeader("ETag");
        assertThat(changed).isNotEqualTo(etag);

        when(getTimeline.timeline(query)).thenReturn(new Outcome.Done<>(days));
        mvc.perform(get(POLICY + "/timeline").param("from", "2024-08-09").param("to", "2024-08-24")
                .header("If-None-Match", changed))
            .andExpect(status().isOk())
            .andExpect(header().string("ETag", etag))
            .andExpect(jsonPath("$.days", hasSize(3)));
    }

    @Test
    void timelineWithAnImpossibleDateNamesTheParameter() throws Exception {
        mvc.perform(get(POLICY + "/timeline").param("from", "2024-02-30"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("from"))
            .andExpect(jsonPath("$.errors[0].message").value("must be a date YYYY-MM-DD, was '2024-02-30'"));
    }

    @Test
    void timelineEndingBeforeItStartsIsRefused() throws Exception {
        mvc.perform(get(POLICY + "/timeline").param("from", "2024-08-09").param("to", "2024-08-01"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("to"))
            .andExpect(jsonPath("$.errors[0].message").value("2024-08-01 is before from 2024-08-09"));
    }

    @Test
    void determinationsCarryTheirEvidence() throws Exception {
        when(getDeterminations.determinations(new GetDeterminationsQuery.Query(RestFixtures.POLICY, null)))
            .thenReturn(new Outcome.Done<>(List.of(RestFixtures.low())));

        mvc.perform(get(POLICY + "/determinations"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("\"average\":1498.7143")))
            .andExpect(jsonPath("$[0].date").value("2024-08-10"))
            .andExpect(jsonPath("$[0].type").value("LOW"))
            .andExpect(jsonPath("$[0].from").value("2024-08-03"))
            .andExpect(jsonPath("$[0].to").value("2024-08-09"))
            .andExpect(jsonPath("$[0].effectiveOn").value("2024-08-24"))
            .andExpect(jsonPath("$[0].version").value("p10773"))
            .andExpect(jsonPath("$[0].citation").value("Proclamation 10773 §2(a)-(c), §4"))
            .andExpect(jsonPath("$[0].evidence.threshold").value(1500))
            .andExpect(jsonPath("$[0].evidence.comparison").value("<"))
            .andExpect(jsonPath("$[0].evidence.windows[0].from").value("2024-08-03"))
            .andExpect(jsonPath("$[0].evidence.windows[0].to").value("2024-08-09"))
            .andExpect(jsonPath("$[0].evidence.windows[0].sum").value(10491))
            .andExpect(jsonPath("$[0].evidence.windows[0].days").value(7))
            .andExpect(jsonPath("$[0].evidence.windows[0].dailyCounts", hasSize(7)))
            .andExpect(jsonPath("$[0].evidence.windows[0].dailyCounts[0].date").value("2024-08-03"))
            .andExpect(jsonPath("$[0].evidence.windows[0].dailyCounts[0].count").value(1500))
            .andExpect(jsonPath("$[0].evidence.windows[0].dailyCounts[6].date").value("2024-08-09"))
            .andExpect(jsonPath("$[0].evidence.windows[0].dailyCounts[6].count").value(1506));
    }

    @Test
    void restatementsCountWhatWasRecordedAndWhatTheDataSaysNowAndGiveEachDifferenceOnceWithItsEvidence() throws Exception {
        RecordedDetermination recorded = new RecordedDetermination(RestFixtures.POLICY, RestFixtures.low(),
            RestFixtures.RECORDED_AT);
        List<Determination> current = List.of();
        when(getRestatements.restatements(RestFixtures.POLICY)).thenReturn(new Outcome.Done<>(
            new GetRestatementsQuery.Restatements(RestFixtures.POLICY, List.of(recorded), current,
                Restatements.compare(List.of(recorded), current))));

        mvc.perform(get(POLICY + "/restatements"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.policyId").value("securing-the-border"))
            .andExpect(jsonPath("$.counts.recorded").value(1))
            .andExpect(jsonPath("$.counts.current").value(0))
            .andExpect(jsonPath("$.counts.unchanged").value(0))
            .andExpect(jsonPath("$.counts.added").value(0))
            .andExpect(jsonPath("$.counts.withdrawn").value(1))
            .andExpect(jsonPath("$.counts.revised").value(0))
            .andExpect(jsonPath("$.recorded[0].recordedAt").value("2024-08-10T13:00:00Z"))
            .andExpect(jsonPath("$.recorded[0].determination.type").value("LOW"))
            .andExpect(jsonPath("$.recorded[0].determination.effectiveOn").value("2024-08-24"))
            .andExpect(jsonPath("$.recorded[0].determination.version").value("p10773"))
            .andExpect(jsonPath("$.recorded[0].determination.evidence").doesNotExist())
            .andExpect(jsonPath("$.current", hasSize(0)))
            .andExpect(jsonPath("$.differences[0].recorded.determination.evidence.windows[0].sum").value(10491))
            .andExpect(jsonPath("$.differences[0].unavailable.current.reason").value("NEVER_HAPPENED"))
            .andExpect(jsonPath("$.differences[0].date").value("2024-08-10"))
            .andExpect(jsonPath("$.differences[0].type").value("LOW"))
            .andExpect(jsonPath("$.differences[0].kind").value(Restatement.Kind.WITHDRAWN.name()))
            .andExpect(jsonPath("$.differences[0].description", containsString("no longer supported")))
            .andExpect(jsonPath("$.differences[0].recorded.recordedAt").value("2024-08-10T13:00:00Z"))
            .andExpect(jsonPath("$.differences[0].current").isEmpty());
    }

    @Test
    void restatementsOfAnUnknownPolicyAreNotFound() throws Exception {
        when(getRestatements.restatements("nope")).thenReturn(new Outcome.NotFound<>("policy 'nope'"));

        mvc.perform(get("/api/v1/policies/nope/restatements"))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.detail").value("Policy 'nope' is not known."));
    }
}
