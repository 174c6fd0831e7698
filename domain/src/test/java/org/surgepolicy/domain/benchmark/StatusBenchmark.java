package org.surgepolicy.domain.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.surgepolicy.domain.fixtures.DailySeries;
import org.surgepolicy.domain.fixtures.PolicyFixtures;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.rule.PolicyEvaluator;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * What a status request costs when the data has changed since the last one: the shipped policy's whole timeline and
 * its status (the projection, the effective state's change, the reasons) over ten years of daily tallies, the last
 * 30 days of them missing, so that the projection assumes days. Run with
 * {@code ./mvnw -q -pl domain -Pbenchmark test-compile exec:exec -Djmh.args="-f 1 -wi 3 -i 5 StatusBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StatusBenchmark {

    static final int YEARS = 10;
    static final int DAYS_WITHOUT_DATA = 30;

    private EvaluationInput input;

    @Setup
    public void setUp() {
        PolicyDefinition definition = PolicyFixtures.securingTheBorder();
        LocalDate today = definition.startsOn().plusYears(YEARS).minusDays(1);
        LocalDate first = definition.startsOn().minusDays(definition.maxLookBack());
        RandomData random = new RandomData(20_240_605);
        DailySeries series = random.series(first, (int) (today.toEpochDay() - first.toEpochDay()) + 1
            - DAYS_WITHOUT_DATA, 0.002);
        DailyAggregates data = DailyAggregates.of(random.tallies(series));
        input = new EvaluationInput(definition, data, List.of(), today);
    }

    @Benchmark
    public PolicyEvaluator.Evaluation timelineAndStatus() {
        return PolicyEvaluator.evaluateWithStatus(input, 3);
    }
}
