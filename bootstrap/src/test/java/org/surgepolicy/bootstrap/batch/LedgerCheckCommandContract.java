package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.surgepolicy.adapter.batch.cli.CommandLineJobs;

/**
 * The ledger check as an operator runs it, {@code --surge.job=check-ledger} on the packaged application, on each
 * database (a subclass names it): a ledger as its import left it passes both checks and the command exits 0; once a
 * revision's previous count is altered by SQL, the command names the day that no longer sums and the revision, and
 * exits with {@link CommandLineJobs#LEDGER_INCONSISTENT}.
 */
abstract class LedgerCheckCommandContract {

    private static final LocalDate JUNE = LocalDate.of(2024, 6, 1);

    @TempDir
    static Path folder;
    /** The JDBC URL of the database the jar and the test share. */
    abstract String url();

    /** The application's settings for that database, beyond its URL. */
    List<String> databaseArguments() {
        return List.of();
    }

    /** A connection of the test's own to that database. */
    abstract Connection connect() throws SQLException;

    private CommandLineRun run(String... arguments) throws Exception {
        List<String> command = CommandLineRun.java(url(), folder.resolve("imports"), folder.resolve("reports"));
        command.addAll(databaseArguments());
        command.addAll(List.of(arguments));
        return CommandLineRun.run(folder, command);
    }

    @Test
    void aLedgerAsItsImportLeftItPassesAndARevisionWithAnAlteredPreviousCountIsNamed() throws Exception {
        // Twelve areas a day: three days.
        Path file = Files.write(folder.resolve("june.csv"), ImportFiles.file(ImportFiles.dailyLines(JUNE, 36)));
        CommandLineRun imported = run("--surge.import.file=" + file);
        assertThat(imported.exitCode()).as(imported.toString()).isEqualTo(CommandLineJobs.OK);

        CommandLineRun clean = run("--surge.job=check-ledger");

        assertThat(clean.exitCode()).as(clean.toString()).isEqualTo(CommandLineJobs.OK);
        assertThat(clean.stdout()).containsExactly("Ledger check: CONSISTENT",
            "  Aggregate check: 3 days compared: the maintained daily aggregate matches the one summed from the"
                + " revisions",
            "  Chain check: every revision's previous count is its key's count one revision before");
        assertThat(clean.stderr()).isEmpty();

        long revision;
        LocalDate day;
        try (Connection connection = connect(); Statement statement = connection.createStatement();
             ResultSet last = statement.executeQuery("select id, tally_date from tally_revision"
                 + " where id = (select max(id) from tally_revision)")) {
            assertThat(last.next()).isTrue();
            revision = last.getLong(1);
            day = last.getObject(2, LocalDate.class);
            // The key's first revision, which has no previous count, is given one.
            try (PreparedStatement alter = connection.prepareStatement(
                "update tally_revision set previous_count = 3 where id = ?")) {
                alter.setLong(1, revision);
                assertThat(alter.executeUpdate()).isOne();
            }
        }

        CommandLineRun broken = run("--surge.job=check-ledger");

        assertThat(broken.exitCode()).as(broken.toString()).isEqualTo(CommandLineJobs.LEDGER_INCONSISTENT);
        assertThat(day).isEqualTo(JUNE.plusDays(2));
        assertThat(broken.stdout()).hasSize(7);
        assertThat(broken.stdout().subList(0, 3)).containsExactly("Ledger check: INCONSISTENT",
            "  Aggregate check: 3 days compared; 1 day differs between the maintained daily aggregate and the one"
                + " summed from the revisions:", "    " + day);
        // The revision's count less 3 is summed instead of its count: 88 maintained in its cell, 85 summed.
        assertThat(broken.stdout().get(3)).startsWith("      maintained                {").contains("=88")
            .doesNotContain("=85");
        assertThat(broken.stdout().get(4)).startsWith("      summed from the revisions {").contains("=85")
            .doesNotContain("=88");
        assertThat(broken.stdout().subList(5, 7)).containsExactly(
            "  Chain check: 1 revision whose previous count is not its key's count one revision before:",
            "    " + revision);
        assertThat(broken.stderr()).isEmpty();
    }
}
