package org.surgepolicy.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.Tallies.counted;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.fakes.FixedPolicyCatalog;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.policy.port.in.ComparePoliciesQuery;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.application.policy.port.in.GetTimelineQuery;
import org.surgepolicy.domain.fixtures.BorderEmergencyFixtures;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * The data as known at a past instant is final once read, so the last reads are kept: the questions asked about one
 * instant (a comparison, then each policy's status and timeline, as the dashboard asks them) sum the revisions once,
 * and a kept answer stays what the ledger gives for that instant after later revisions.
 */
class KnownAtReadsKeptTest {

    private static final Instant NOW = Instant.parse("2024-06-21T14:00:00Z");
    private static final LocalDate FIRST = LocalDate.of(2024, 4, 1);
    private static final LocalDate LAST = LocalDate.of(2024, 6, 20);

    private final PolicyDefinition[] definitions = {securingTheBorder(), borderEmergencyAuthority()};
    private final InMemoryApplication app = new InMemoryApplication(NOW, definitions);
    private final ComparePoliciesQuery compare = new ComparePoliciesService(new FixedPolicyCatalog(definitions),
        app.inputs(), app.evaluation());

    /** 3,000 a day from 2024-04-01 to 2024-06-20, recorded at {@code NOW}; the clock then an hour on. */
    private Instant submitTheSeries() {
        assertThat(app.submit(FIRST.datesUntil(LAST.plusDays(1)).map(day -> counted(day, 3_000)).toList()))
            .isInstanceOf(Outcome.Done.class);
        app.clock().advance(Duration.ofHours(1));
        return NOW.plusSeconds(60);
    }

    private int reads() {
        return app.ledger().knownAtReads();
    }

    @Test
    void aComparisonThenEachPolicysStatusAndTimelineAsKnownAtOneInstantReadTheRevisionsOnce() {
        Instant knownAt = submitTheSeries();
        int before = reads();

        compare.compare(new ComparePoliciesQuery.Query(List.of(SHIPPED_ID, BorderEmergencyFixtures.ID), null, null,
            knownAt)).orElseThrow();
        for (PolicyDefinition definition : definitions) {
            app.policyStatus().status(new GetPolicyStatusQuery.Query(definition.id(), knownAt)).orElseThrow();
            app.timeline().timeline(new GetTimelineQuery.Query(definition.id(), null, null, knownAt)).orElseThrow();
        }

        assertThat(reads() - before).isEqualTo(1);
    }

    @Test
    void aKeptInstantAnswersAsTheLedgerDoesAfterLaterRevisionsAndALaterInstantIsReadAnew() {
        Instant knownAt = submitTheSeries();
        PolicyDefinition definition = definitions[0];
        EvaluationInput first = app.inputs().of(definition, knownAt);
        assertThat(app.submit(List.of(counted(LocalDate.of(2024, 6, 18), 100)))).isInstanceOf(Outcome.Done.class);
        int before = reads();

        EvaluationInput again = app.inputs().of(definition, knownAt);
        EvaluationInput later = app.inputs().of(definition, app.clock().instant());

        assertThat(reads() - before).isEqualTo(1);
        assertThat(again).isEqualTo(first);
        assertThat(again.data()).isEqualTo(app.ledger().aggregatesKnownAt(firstDayRead(definition), again.through(),
            knownAt));
        assertThat(later.data()).isNotEqualTo(again.data());
        assertThat(later.data().day(LocalDate.of(2024, 6, 18)).orElseThrow())
            .isNotEqualTo(again.data().day(LocalDate.of(2024, 6, 18)).orElseThrow());
        assertThat(app.inputs().of(definition, app.clock().instant())).isEqualTo(later);
        // The later instant's read and the ledger's own answer above; the later instant asked again was kept.
        assertThat(reads() - before).isEqualTo(2);
    }

    @Test
    void aKeptReadAnswersOnlyDaysItSpansSoAPolicyLookingFurtherBackReadsAgain() {
        Instant knownAt = submitTheSeries();
        List<PolicyDefinition> byReach = Arrays.stream(definitions)
            .sorted(Comparator.comparing(KnownAtReadsKeptTest::firstDayRead).reversed()).toList();
        assertThat(firstDayRead(byReach.get(1))).isBefore(firstDayRead(byReach.get(0)));
        int before = reads();

        app.inputs().of(byReach.get(0), knownAt);
        EvaluationInput further = app.inputs().of(byReach.get(1), knownAt);

        assertThat(reads() - before).isEqualTo(2);
        assertThat(further.data()).isEqualTo(app.ledger().aggregatesKnownAt(firstDayRead(byReach.get(1)),
            further.through(), knownAt));
        assertThat(further.data().day(firstDayRead(byReach.get(1)))).isPresent();
    }

    @Test
    void anInstantLaterThanNowIsReadEachTimeSinceItsAnswerCanStillChange() {
        submitTheSeries();
        Instant future = app.clock().instant().plusSeconds(3_600);
        int before = reads();

        app.inputs().of(definitions[0], future);
        app.inputs().of(definitions[0], future);

        assertThat(reads() - before).isEqualTo(2);
    }

    @Test
    void theKeptDaysAreBoundedSoAnInstantAskedLongAgoIsReadAgain() {
        // Over six and a half years, each instant's read spans more than half of what is kept: one at a time.
        LocalDate last = FIRST.plusDays(EvaluationInputs.KEPT_KNOWN_DAYS * 6L / 10);
        app.clock().set(last.plusDays(30).atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(app.submit(FIRST.datesUntil(last).map(day -> counted(day, 100)).toList()))
            .isInstanceOf(Outcome.Done.class);
        app.clock().advance(Duration.ofHours(1));
        Instant one = app.clock().instant().minusSeconds(120);
        Instant two = app.clock().instant().minusSeconds(60);
        int before = reads();

        DailyAggregates first = app.inputs().of(definitions[0], one).data();
        app.inputs().of(definitions[0], one);
        app.inputs().of(definitions[0], two);
        app.inputs().of(definitions[0], two);
        DailyAggregates again = app.inputs().of(definitions[0], one).data();

        assertThat(first.size()).isGreaterThan(EvaluationInputs.KEPT_KNOWN_DAYS / 2);
        assertThat(reads() - before).isEqualTo(3);
        assertThat(again).isEqualTo(first);
    }

    private static LocalDate firstDayRead(PolicyDefinition definition) {
        return definition.startsOn().minusDays(definition.maxLookBack());
    }
}
