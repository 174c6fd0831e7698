package org.surgepolicy.domain.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.surgepolicy.domain.fixtures.DailySeries.dailyCounts;
import static org.surgepolicy.domain.fixtures.Evaluations.evaluate;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_CITATION;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.Tallies.counted;
import static org.surgepolicy.domain.fixtures.Tallies.revision;
import static org.surgepolicy.domain.rule.WorkedExamplesTest.discontinuedThroughJune;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.tally.DailyAggregates;
import org.surgepolicy.domain.tally.TallyRevision;

/** Determinations as first recorded against those the current data yields. */
class RestatementsTest {

    static final Instant RECORDED = Instant.parse("2024-07-08T13:00:00Z");
    static final LocalDate JULY_8 = LocalDate.of(2024, 7, 8);

    static Determination high(LocalDate date, LocalDate effectiveOn, long... counts) {
        LocalDate from = date.minusDays(counts.length);
        List<DailyCount> days = dailyCounts(from, counts);
        long sum = days.stream().mapToLong(DailyCount::count).sum();
        return new Determination(date, DeterminationType.HIGH, effectiveOn, P10773, P10773_CITATION,
            new Evidence(List.of(new EvidenceWindow(new WindowAverage(from, date.minusDays(1), sum, counts.length),
                days)), 2_500, ">="));
    }

    static Determination low(LocalDate date) {
        LocalDate from = date.minusDays(7);
        return new Determination(date, DeterminationType.LOW, date.plusDays(14), P10773, P10773_CITATION,
            new Evidence(List.of(new EvidenceWindow(new WindowAverage(from, date.minusDays(1), 7_000, 7),
                dailyCounts(from, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000, 1_000))), 1_500, "<"));
    }

    static RecordedDetermination recorded(Determination determination) {
        return new RecordedDetermination(SHIPPED_ID, determination, RECORDED);
    }

    static final Determination HIGH = high(JULY_8, JULY_8.plusDays(1), 2_500, 2_500, 2_500, 2_500, 2_500, 2_500,
        2_500);

    @Test
    void nothingToRestateWhenTheDataYieldsWhatWasRecorded() {
        assertThat(Restatements.compare(List.of(recorded(HIGH)), List.of(HIGH))).isEmpty();
    }

    @Test
    void aRecordedDeterminationTheDataNoLongerYieldsIsWithdrawn() {
        List<Restatement> restatements = Restatements.compare(List.of(recorded(HIGH)), List.of());

        assertThat(restatements).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.WITHDRAWN);
            assertThat(r.date()).isEqualTo(JULY_8);
            assertThat(r.type()).isEqualTo(DeterminationType.HIGH);
            assertThat(r.recorded()).isEqualTo(recorded(HIGH));
            assertThat(r.current()).isNull();
            assertThat(r.description()).isEqualTo("the HIGH determination of 2024-07-08 recorded at"
                + " 2024-07-08T13:00:00Z is no longer supported by the data");
        });
    }

    @Test
    void aDeterminationNeverRecordedIsAdded() {
        Determination low = low(LocalDate.of(2024, 6, 5));

        List<Restatement> restatements = Restatements.compare(List.of(), List.of(low));

        assertThat(restatements).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.ADDED);
            assertThat(r.recorded()).isNull();
            assertThat(r.current()).isEqualTo(low);
            assertThat(r.description()).isEqualTo("the data now yields a LOW determination on 2024-06-05 that was"
                + " never recorded");
        });
    }

    @Test
    void aDeterminationOnTheSameDateWithOtherEvidenceIsRevised() {
        Determination now = high(JULY_8, JULY_8.plusDays(2), 2_500, 2_500, 2_500, 2_500, 2_500, 2_500, 2_600);

        List<Restatement> restatements = Restatements.compare(List.of(recorded(HIGH)), List.of(now));

        assertThat(restatements).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.REVISED);
            assertThat(r.recorded().determination()).isEqualTo(HIGH);
            assertThat(r.current()).isEqualTo(now);
            assertThat(r.description()).isEqualTo("the HIGH determination of 2024-07-08 is restated: effective"
                + " 2024-07-09 then, 2024-07-10 now; window ending 2024-07-07: sum 17500 then, 17600 now");
        });
    }

    @Test
    void aChangedDailyCountWithTheSameSumIsStillARevision() {
        Determination now = high(JULY_8, JULY_8.plusDays(1), 2_400, 2_600, 2_500, 2_500, 2_500, 2_500, 2_500);

        assertThat(Restatements.compare(List.of(recorded(HIGH)), List.of(now))).singleElement()
            .satisfies(r -> assertThat(r.description()).isEqualTo(
                "the HIGH determination of 2024-07-08 is restated: evidence differs"));
    }

    @Test
    void theComparisonIsCountedByKind() {
        Determination lowJune5 = low(LocalDate.of(2024, 6, 5));
        Determination revisedHigh = high(JULY_8, JULY_8.plusDays(1), 2_500, 2_500, 2_500, 2_500, 2_500, 2_500, 2_600);
        Determination lowAug1 = low(LocalDate.of(2024, 8, 1));
        Determination lowAug20 = low(LocalDate.of(2024, 8, 20));
        List<RecordedDetermination> then = List.of(recorded(lowJune5), recorded(HIGH), recorded(lowAug1));
        List<Determination> now = List.of(revisedHigh, lowAug1, lowAug20);

        Restatements.Counts counts = Restatements.count(then, now, Restatements.compare(then, now));

        assertThat(counts).isEqualTo(new Restatements.Counts(3, 3, 1, 1, 1, 1));
    }

    @Test
    void differencesComeInDateOrderThenType() {
        Determination lowJune5 = low(LocalDate.of(2024, 6, 5));
        Determination lowJuly8 = low(JULY_8);

        List<Restatement> restatements = Restatements.compare(List.of(recorded(HIGH), recorded(lowJune5)),
            List.of(lowJuly8));

        assertThat(restatements).extracting(Restatement::date, Restatement::type, Restatement::kind).containsExactly(
            tuple(LocalDate.of(2024, 6, 5), DeterminationType.LOW,
                Restatement.Kind.WITHDRAWN),
            tuple(JULY_8, DeterminationType.HIGH, Restatement.Kind.WITHDRAWN),
            tuple(JULY_8, DeterminationType.LOW, Restatement.Kind.ADDED));
    }

    @Test
    void aLateRevisionOfOneDayWithdrawsTheActivationItHadSupported() {
        DailySeries series = discontinuedThroughJune().repeat(2_500, 7).through(LocalDate.of(2024, 7, 12), 2_000);
        List<TallyRevision> revisions = new ArrayList<>();
        series.tallies().forEach(t -> revisions.add(revision(t, revisions.size())));
        List<Determination> thenYielded = evaluate(securingTheBorder(), DailyAggregates.ofRevisions(revisions),
            LocalDate.of(2024, 7, 12)).determinations();
        revisions.add(revision(counted(LocalDate.of(2024, 7, 3), 2_499), revisions.size()));

        List<Determination> nowYielded = evaluate(securingTheBorder(), DailyAggregates.ofRevisions(revisions),
            LocalDate.of(2024, 7, 12)).determinations();
        List<Restatement> restatements = Restatements.compare(thenYielded.stream().map(RestatementsTest::recorded)
            .toList(), nowYielded);

        assertThat(thenYielded).extracting(Determination::date).containsExactly(LocalDate.of(2024, 6, 5), JULY_8);
        assertThat(restatements).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(Restatement.Kind.WITHDRAWN);
            assertThat(r.date()).isEqualTo(JULY_8);
        });
    }
}
