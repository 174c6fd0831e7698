package org.surgepolicy.domain.benchmark;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
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
import org.surgepolicy.domain.fixtures.PolicyFixtures;
import org.surgepolicy.domain.fixtures.RandomData;
import org.surgepolicy.domain.policy.ParameterName;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.simulation.ParameterSweep;
import org.surgepolicy.domain.simulation.SweepAxis;
import org.surgepolicy.domain.simulation.SweepOutcome;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * A sweep of 10,000 combinations (10 windows x 10 activation thresholds x 10 discontinuation thresholds x 10
 * consecutive-day counts) of the shipped two-version policy over ten years of daily tallies that keep crossing the
 * thresholds. Run with {@code ./mvnw -q -pl domain -Pbenchmark test-compile exec:exec}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParameterSweepBenchmark {

    static final int YEARS = 10;

    private PolicyDefinition definition;
    private DailyAggregates data;
    private LocalDate through;
    private List<SweepAxis> axes;

    @Setup
    public void setUp() {
        definition = PolicyFixtures.securingTheBorder();
        through = definition.startsOn().plusYears(YEARS).minusDays(1);
        // Enough history before the start for the longest look-back of any combination (14 + 28 + 1 days).
        LocalDate first = definition.startsOn().minusDays(60);
        RandomData random = new RandomData(20_240_605);
        data = DailyAggregates.of(random.tallies(random.series(first,
            (int) (through.toEpochDay() - first.toEpochDay()) + 1, 0.002)));
        axes = List.of(
            new SweepAxis(ParameterName.WINDOW, values(IntStream.rangeClosed(5, 14).boxed().toList())),
            new SweepAxis(ParameterName.ACTIVATION_THRESHOLD,
                values(LongStream.iterate(2_000, a -> a + 150).limit(10).boxed().toList())),
            new SweepAxis(ParameterName.DISCONTINUATION_THRESHOLD,
                values(LongStream.iterate(1_000, l -> l + 100).limit(10).boxed().toList())),
            new SweepAxis(ParameterName.CONSECUTIVE_DAYS,
                values(IntStream.iterate(1, s -> s + 3).limit(10).boxed().toList())));
    }

    private static List<Object> values(List<?> values) {
        return List.copyOf(values);
    }

    @Benchmark
    public List<SweepOutcome> sweep() {
        return ParameterSweep.run(definition, data, through, axes);
    }
}
