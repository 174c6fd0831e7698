package org.surgepolicy.domain.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
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
import org.surgepolicy.domain.imports.DailyTallyFile;
import org.surgepolicy.domain.imports.ImportFormat.Fields;
import org.surgepolicy.domain.imports.ImportLine;

/**
 * What reading one valid line of a daily file costs in the domain: its fields validated into a tally (date, codes,
 * area of its component, count, no date after the latest allowed), as an import does for every line it stages. The
 * lines cycle through the sectors, demographics, citizenships and encounter types of a real southern-border day.
 * Run with {@code ./mvnw -q -pl domain -Pbenchmark test-compile exec:exec -Djmh.args="-f 1 -wi 3 -i 5 DailyLineBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DailyLineBenchmark {

    private static final List<String> COLUMNS = new DailyTallyFile().columns();
    private static final String[] AREAS = {"SDC", "ELC", "YUM", "TCA", "EPT", "BBT", "DRT", "LRT", "RGV", "MIP", "NLL",
        "RMY"};
    private static final String[] DEMOGRAPHICS = {"SINGLE_ADULTS", "FMUA", "UC_SINGLE_MINORS", "ACCOMPANIED_MINORS"};
    private static final String[] CITIZENSHIPS = {"BRAZIL", "CANADA", "CHINA, PEOPLES REPUBLIC OF", "COLOMBIA",
        "CUBA", "ECUADOR", "EL SALVADOR", "GUATEMALA", "HAITI", "HONDURAS", "MEXICO", "OTHER"};
    private static final String[] TYPES = {"APPREHENSIONS", "INADMISSIBLES", "EXPULSIONS"};

    private final DailyTallyFile format = new DailyTallyFile();
    private final LocalDate latest = LocalDate.of(2026, 11, 30);
    private List<String[]> lines;
    private int next;

    @Setup
    public void setUp() {
        lines = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 6, 1);
        int n = 0;
        for (String area : AREAS) {
            for (String demographic : DEMOGRAPHICS) {
                for (String citizenship : CITIZENSHIPS) {
                    for (String type : TYPES) {
                        lines.add(new String[] {day.plusDays(n % 400).toString(), "USBP", area, demographic,
                            citizenship, type, Integer.toString(n * 7 % 500)});
                        n++;
                    }
                }
            }
        }
    }

    @Benchmark
    public ImportLine validLine() {
        String[] line = lines.get(next);
        next = next + 1 == lines.size() ? 0 : next + 1;
        Fields fields = column -> line[COLUMNS.indexOf(column)];
        return format.read(next, fields, "", latest);
    }
}
