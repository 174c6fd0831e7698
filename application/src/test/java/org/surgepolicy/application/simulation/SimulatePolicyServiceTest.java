package org.surgepolicy.application.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.application.simulation.Outcomes.done;
import static org.surgepolicy.application.simulation.Outcomes.invalid;
import static org.surgepolicy.domain.fixtures.DailySeries.dailyCounts;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.SHIPPED_ID;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.fakes.InMemoryApplication;
import org.surgepolicy.application.fakes.WorkedExample3;
import org.surgepolicy.application.simulation.port.in.SimulatePolicyUseCase;
import org.surgepolicy.domain.fixtures.Evaluations;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.validation.Violation;

class SimulatePolicyServiceTest {

    private static final LocalDate JULY_8 = LocalDate.of(2024, 7, 8);
    private static final LocalDate JULY_31 = LocalDate.of(2024, 7, 31);

    private final InMemoryApplication app = new InMemoryApplication(WorkedExample3.AFTERWARDS, securingTheBorder());

    private Outcome<SimulatePolicyUseCase.Result> simulate(Map<String, Object> parameters, List<DailyCount> counts,
                                                           LocalDate from, LocalDate to) {
        return app.simulatePolicy().simulate(new SimulatePolicyUseCase.Command(SHIPPED_ID, parameters, counts, from,
            to));
    }

    private static PolicyStateKind kindOn(SimulatePolicyUseCase.Result result, LocalDate date) {
        return result.days().stream().filter(d -> d.date().equals(date)).findFirst().orElseThrow().state().kind();
    }

    /** The counts of 2024-07-04 to 2024-07-10 that make example 3's LOW: six of 1,500 and one of 1,493. */
    private static List<DailyCount> theFall() {
        return dailyCounts(JULY_8.minusDays(4), 1_500, 1_500, 1_500, 1_500, 1_500, 1_500, 1_493);
    }

    @Test
    void changedParametersApplyToTheStoredDataAndNothingIsStored() {
        app.store(WorkedExample3.tallies());
        long version = app.ledger().version();

        SimulatePolicyUseCase.Result result = done(simulate(Map.of("discontinuationDelay", 7), List.of(), JULY_8,
            JULY_31));

        assertThat(result.days()).hasSize(24);
        assertThat(result.days().getFirst().date()).isEqualTo(JULY_8);
        assertThat(result.determinations()).singleElement().satisfies(d -> {
            assertThat(d.date()).isEqualTo(WorkedExample3.LOW_ON);
            assertThat(d.effectiveOn()).isEqualTo(LocalDate.of(2024, 7, 18));
        });
        assertThat(kindOn(result, LocalDate.of(2024, 7, 17))).isEqualTo(PolicyStateKind.DISCONTINUATION_PENDING);
        assertThat(kindOn(result, LocalDate.of(2024, 7, 18))).isEqualTo(PolicyStateKind.DISCONTINUED);
        assertThat(app.ledger().version()).isEqualTo(version);
        assertThat(app.determinationLog().recorded(SHIPPED_ID, null)).isEmpty();
        assertThat(app.auditTrail().entries()).isEmpty();
    }

    @Test
    void givenDailyCountsReplaceTheStoredDays() {
        app.store(WorkedExample3.tallies());

        SimulatePolicyUseCase.Result result = done(simulate(Map.of(),
            List.of(new DailyCount(WorkedExample3.FALL, 1_500)), JULY_8, JULY_31));

        assertThat(result.determinations()).isEmpty();
        assertThat(result.days().get(2).counted()).isEqualTo(1_500L);
        assertThat(result.days()).allSatisfy(d -> assertThat(d.state().kind()).isEqualTo(PolicyStateKind.IN_EFFECT));
    }

    @Test
    void onAnEmptyLedgerTheGivenCountsAreTheWholeSeries() {
        List<DailyCount> counts = new ArrayList<>();
        WorkedExample3.series().byDay().forEach((day, count) -> counts.add(new DailyCount(day, count)));

        SimulatePolicyUseCase.Result result = done(simulate(Map.of(), counts, null, null));

        assertThat(result.days().getFirst().date()).isEqualTo(P10773_FROM);
        assertThat(result.days().getLast().date()).isEqualTo(JULY_31);
        assertThat(result.determinations()).containsExactly(WorkedExample3.low());
        assertThat(result.days()).isEqualTo(Evaluations.evaluate(securingTheBorder(),
            WorkedExample3.series().aggregates(), JULY_31).days());
    }

    @Test
    void aSimulationMayRunIntoTheFutureOnHypotheticalCounts() {
        app.clock().set(Instant.parse("2024-07-04T16:00:00Z"));
        app.store(WorkedExample3.tallies().stream().filter(t -> t.key().date().isBefore(JULY_8.minusDays(4)))
            .toList());

        SimulatePolicyUseCase.Result result = done(simulate(Map.of(), theFall(), JULY_8, JULY_31));

        assertThat(app.ledger().newestDay()).contains(LocalDate.of(2024, 7, 3));
        assertThat(result.days().getLast().date()).isEqualTo(JULY_31);
        assertThat(result.determinations()).containsExactly(WorkedExample3.low());
        assertThat(kindOn(result, WorkedExample3.DISCONTINUED_FROM)).isEqualTo(PolicyStateKind.DISCONTINUED);
    }

    @Test
    void theFutureEndsAtTheLimitAfterToday() {
        LocalDate today = LocalDate.of(2024, 7, 31);
        LocalDate limit = today.plusDays(SimulatePolicyService.MAX_DAYS_AHEAD);

        SimulatePolicyUseCase.Result atTheLimit = done(simulate(Map.of(), List.of(), limit, limit));
        List<Violation> past = invalid(simulate(Map.of(), List.of(), limit, limit.plusDays(1)));

        assertThat(atTheLimit.days()).singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(limit));
        assertThat(past).containsExactly(new Violation("to", "may be at most 3660 days after today"));
    }

    @Test
    void aDateGivenTwiceIsRefusedNamingTheEntry() {
        List<DailyCount> counts = List.of(new DailyCount(JULY_8, 10), new DailyCount(JULY_8.plusDays(1), 20),
            new DailyCount(JULY_8, 30));

        assertThat(invalid(simulate(Map.of(), counts, null, null)))
            .containsExactly(new Violation("dailyCounts[2].date", "2024-07-08 is given twice"));
    }

    @Test
    void anUnknownParameterOrABadValueIsRefusedNamingTheParameter() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("windowSize", 7);
        parameters.put("window", "seven");

        List<Violation> violations = invalid(simulate(parameters, List.of(), null, null));

        assertThat(violations).extracting(Violation::field)
            .containsExactly("parameters.windowSize", "parameters.window");
        assertThat(violations.getFirst().message()).startsWith("unknown parameter 'windowSize'; expected one of")
            .contains("window, activationThreshold");
        assertThat(violations.getLast().message()).isEqualTo("must be a whole number, was 'seven'");
    }

    @Test
    void aParameterWithoutAValueIsRefusedNamingIt() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("window", null);

        assertThat(invalid(simulate(parameters, List.of(), null, null)))
            .containsExactly(new Violation("parameters.window", "is required"));
    }

    @Test
    void parametersThatContradictEachOtherAreRefusedNamingTheParameter() {
        List<Violation> violations = invalid(simulate(Map.of("discontinuationThreshold", 3_000), List.of(), null,
            null));

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("parameters.discontinuationThreshold");
            assertThat(v.message()).contains("3000 is above the activation threshold 2500");
        });
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefused() {
        assertThat(invalid(simulate(Map.of(), List.of(), JULY_8, JULY_8.minusDays(1))))
            .containsExactly(new Violation("to", "2024-07-07 is before from 2024-07-08"));
    }

    @Test
    void aCountTooLargeForExactSumsIsRefused() {
        List<DailyCount> counts = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            counts.add(new DailyCount(JULY_8.plusDays(i), 1L << 62));
        }

        List<Violation> violations = invalid(simulate(Map.of(), counts, null, null));

        assertThat(violations).hasSize(7).first().isEqualTo(new Violation("dailyCounts[0].count",
            "must be at most 1000000000, was 4611686018427387904"));
        assertThat(done(simulate(Map.of(), List.of(new DailyCount(JULY_8, SimulatePolicyService.MAX_DAILY_COUNT)),
            JULY_8, JULY_8)).days()).extracting(TimelineDay::counted)
            .containsExactly(SimulatePolicyService.MAX_DAILY_COUNT);
    }

    @Test
    void anUnknownPolicyIsNotFound() {
        assertThat(app.simulatePolicy().simulate(new SimulatePolicyUseCase.Command("no-such-policy", null, null, null,
            null)))
            .isEqualTo(new Outcome.NotFound<>("policy no-such-policy"));
    }
}
