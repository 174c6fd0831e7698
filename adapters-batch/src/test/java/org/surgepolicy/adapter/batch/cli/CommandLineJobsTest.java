package org.surgepolicy.adapter.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery.AggregateCheck;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery.DayMismatch;
import org.surgepolicy.application.jobs.port.in.CheckLedgerQuery;
import org.surgepolicy.application.jobs.port.in.CheckLedgerQuery.LedgerCheck;

/** The ledger check as the command line runs it: its summary for a person, and its exit code. */
class CommandLineJobsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final List<Integer> asked = new ArrayList<>();

    /** The command line with a ledger check that answers {@code answer}; the ledger check uses no other port. */
    private CommandLineJobs jobs(LedgerCheck answer) {
        CheckLedgerQuery check = named -> {
            asked.add(named);
            return answer;
        };
        return new CommandLineJobs(null, null, null, null, null, check, null,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> stdout() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void aConsistentLedgerSaysSoForBothChecksAndExitsWith0() {
        int exit = jobs(new LedgerCheck(new AggregateCheck(517, 517, List.of()), List.of(), 0))
            .runJob("check-ledger");

        assertThat(exit).isEqualTo(CommandLineJobs.OK).isZero();
        assertThat(stdout()).containsExactly("Ledger check: CONSISTENT",
            "  Aggregate check: 517 days compared: the maintained daily aggregate matches the one summed from the"
                + " revisions",
            "  Chain check: every revision's previous count is its key's count one revision before");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(asked).containsExactly(CommandLineJobs.FINDINGS_SHOWN);
    }

    @Test
    void aDifferingDayIsShownWithBothTotalsAndABrokenRevisionByItsId() {
        LedgerCheck found = new LedgerCheck(new AggregateCheck(2, 2, List.of(new DayMismatch(DAY, "{cell=12}",
            "{cell=11}"))), List.of(4L), 1);

        int exit = jobs(found).runJob("check-ledger");

        assertThat(exit).isEqualTo(CommandLineJobs.LEDGER_INCONSISTENT).isEqualTo(6);
        assertThat(stdout()).containsExactly("Ledger check: INCONSISTENT",
            "  Aggregate check: 2 days compared; 1 day differs between the maintained daily aggregate and the one"
                + " summed from the revisions:",
            "    2024-06-01",
            "      maintained                {cell=12}",
            "      summed from the revisions {cell=11}",
            "  Chain check: 1 revision whose previous count is not its key's count one revision before:",
            "    4");
    }

    @Test
    void brokenChainsAloneMakeTheLedgerInconsistentAndTheirCountIsSaidWhenMoreThanTheNamedAreFound() {
        List<Long> named = LongStream.rangeClosed(1, CommandLineJobs.FINDINGS_SHOWN).map(i -> i * 100).boxed()
            .toList();

        int exit = jobs(new LedgerCheck(new AggregateCheck(3, 3, List.of()), named, 1234)).runJob("check-ledger");

        assertThat(exit).isEqualTo(CommandLineJobs.LEDGER_INCONSISTENT);
        assertThat(stdout()).containsExactly("Ledger check: INCONSISTENT",
            "  Aggregate check: 3 days compared: the maintained daily aggregate matches the one summed from the"
                + " revisions",
            "  Chain check: 1,234 revisions whose previous count is not their key's count one revision before;"
                + " the first 10:",
            "    100, 200, 300, 400, 500, 600, 700, 800, 900, 1000");
    }

    @Test
    void atMostTheFirstDifferingDaysAreShownAndADayOneSideLacksSaysNothingThere() {
        List<DayMismatch> days = new ArrayList<>();
        days.add(new DayMismatch(DAY, null, "{cell=4}"));
        for (int i = 1; i <= CommandLineJobs.FINDINGS_SHOWN; i++) {
            days.add(new DayMismatch(DAY.plusDays(i), "{cell=" + i + "}", "{cell=0}"));
        }

        int exit = jobs(new LedgerCheck(new AggregateCheck(10, 11, days), List.of(), 0)).runJob("check-ledger");

        assertThat(exit).isEqualTo(CommandLineJobs.LEDGER_INCONSISTENT);
        List<String> lines = stdout();
        assertThat(lines.get(1)).isEqualTo("  Aggregate check: days compared: 10 maintained, 11 summed from the"
            + " revisions; 11 days differ between the maintained daily aggregate and the one summed from the"
            + " revisions; the first 10:");
        assertThat(lines.subList(2, 5)).containsExactly("    2024-06-01", "      maintained                nothing",
            "      summed from the revisions {cell=4}");
        assertThat(lines.subList(29, 32)).containsExactly("    2024-06-10", "      maintained                {cell=9}",
            "      summed from the revisions {cell=0}");
        assertThat(lines.get(32)).startsWith("  Chain check: every revision's");
        assertThat(lines).hasSize(2 + 3 * CommandLineJobs.FINDINGS_SHOWN + 1);
    }

    @Test
    void anUnknownJobNamesBothJobsAndRunsNothing() {
        int exit = jobs(null).runJob("check-everything");

        assertThat(exit).isEqualTo(CommandLineJobs.USAGE);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
            "surge: unknown job 'check-everything'.",
            "The command line runs --surge.job=recompute or --surge.job=check-ledger, or imports a file with"
                + " --surge.import.file=PATH --surge.import.format=daily|cbp-monthly|cbp-southwest");
        assertThat(stdout()).isEmpty();
        assertThat(asked).isEmpty();
    }
}
