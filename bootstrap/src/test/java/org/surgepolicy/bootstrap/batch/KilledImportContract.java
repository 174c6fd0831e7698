package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.surgepolicy.domain.tally.Citizenship;

/**
 * The packaged application importing a large daily file from the command line is killed with SIGKILL halfway; the next
 * start of the service finds the import its crash cut off and finishes it from its last committed chunk: every line of
 * the file is in the ledger exactly once.
 */
abstract class KilledImportContract {

    private static final int DAYS = 200;

    @TempDir
    static Path folder;
    /** The JDBC URL of the database both processes and the test share. */
    abstract String url();

    /** Whether the application has made the database, so that the test may open it without racing the start. */
    boolean databaseMade() {
        return true;
    }

    /** The application's settings for that database, beyond its URL. */
    List<String> databaseArguments() {
        return List.of();
    }

    /** Every area, demographic and citizenship on each of {@value #DAYS} days: 201,600 lines (about twenty chunks); returns their sum. */
    private static long writeFile(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(ImportFiles.HEADER + "\r\n");
            return ImportFiles.appendEveryKey(out, LocalDate.of(2023, 1, 1), DAYS, ImportFiles.AREAS);
        }
    }

    private Process start(String name, String... arguments) throws IOException {
        List<String> command = PackagedJar.java("-Xmx512m");
        command.addAll(List.of("--spring.datasource.url=" + url(), "--server.port=0",
            "--surge.demo-data.enabled=false", "--surge.import.folder=" + folder.resolve("imports"),
            "--surge.reports.location=" + folder.resolve("reports"), "--surge.jobs.recompute.cron=-",
            "--surge.security.users[0].username=operator", "--surge.security.users[0].password={noop}operator-pw",
            "--surge.security.users[0].roles=OPERATOR"));
        command.addAll(databaseArguments());
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(folder.resolve(name + ".log").toFile()).start();
    }

    /**
     * A connection to the shared database. After a kill, H2 refuses to open its file until the dead process's lock
     * file is old enough: that refusal is waited out.
     */
    private Connection connect() throws SQLException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (true) {
            try {
                return DriverManager.getConnection(url());
            } catch (SQLException e) {
                if (!String.valueOf(e.getMessage()).contains("Lock file") || Instant.now().isAfter(deadline)) {
                    throw e;
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private long query(String sql) throws SQLException {
        try (Connection connection = connect();
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : -1;
        }
    }

    /** The lines staged so far; none while the database or its tables are still being made. */
    private long stagedSoFar() {
        try {
            return databaseMade() ? query("select count(*) from import_staged_tally") : 0;
        } catch (SQLException notYetMigrated) {
            return 0;
        }
    }

    private String importStatus() throws SQLException {
        try (Connection connection = connect();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select status from import_run order by id")) {
            return rows.next() ? rows.getString(1) : "NONE";
        }
    }

    private static void waitFor(String what, Duration limit, Check check) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (!check.holds()) {
            assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static String logTail(String name) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(name + ".log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    @Test
    void anImportKilledHalfwayIsFinishedByTheNextStartWithEveryLineOnce() throws Exception {
        Path file = folder.resolve("large.csv");
        long total = writeFile(file);
        int lines = DAYS * ImportFiles.AREAS.size() * ImportFiles.DEMOGRAPHICS.size() * Citizenship.KNOWN.size();

        Process importing = start("import", "--surge.import.file=" + file, "--surge.import.format=daily");
        waitFor("a fifth of the file staged", Duration.ofMinutes(3), () -> {
            assertThat(importing.isAlive()).as("the import is still running; its log ends:%n%s", logTail("import"))
                .isTrue();
            return stagedSoFar() >= lines / 5;
        });
        importing.destroyForcibly();
        assertThat(importing.waitFor(30, TimeUnit.SECONDS)).isTrue();

        // Held open from now on, so that the database stays open in this JVM (H2 then serves it to the service)
        // rather than being closed and opened again by every query while the service starts.
        Connection held = connect();
        // Whatever chunk the kill cut off is not there; every chunk committed before it is, as the job's own record says.
        long stagedAtTheKill = query("select count(*) from import_staged_tally");
        assertThat(stagedAtTheKill).isBetween(1L, (long) lines - 1);
        assertThat(importStatus()).isEqualTo("RUNNING");
        assertThat(query("select count(*) from tally_revision")).isZero();

        Process service = start("service");
        try {
            waitFor("the cut-off import to finish", Duration.ofMinutes(5), () -> {
                assertThat(service.isAlive()).as("the service is running; its log ends:%n%s", logTail("service"))
                    .isTrue();
                return "COMPLETED".equals(importStatus());
            });
            assertThat(query("select count(*) from tally_revision")).isEqualTo(lines);
            assertThat(query("select count(*) from tally_latest")).isEqualTo(lines);
            assertThat(query("select coalesce(sum(encounter_count), 0) from tally_latest")).isEqualTo(total);
            assertThat(query("select rows_revised from import_run")).isEqualTo(lines);
            assertThat(query("select count(*) from import_staged_tally")).isZero();
        } finally {
            service.destroy();
            service.waitFor(60, TimeUnit.SECONDS);
            held.close();
        }
    }
}
