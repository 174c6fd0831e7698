package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.surgepolicy.adapter.batch.cli.CommandLineJobs;
import org.surgepolicy.adapter.persistence.H2Urls;

/**
 * The application as an operator runs it from the command line: each mode's summary on stdout, its errors on stderr in
 * one or two lines, and its exit code. Runs after {@code package}, on the application extracted with its AOT cache
 * (target/application), and once on the repackaged jar as it is.
 */
class CommandLineIT {

    @TempDir
    static Path folder;

    /** The application on its own embedded database (an H2 file) in the test's folder. */
    static List<String> command(String database, String... arguments) throws IOException {
        return CommandLineRun.java(H2Urls.file(folder.resolve(database)), folder.resolve("imports"),
            folder.resolve("reports-" + database), arguments);
    }

    private static CommandLineRun run(String database, String... arguments) throws Exception {
        return CommandLineRun.run(folder, command(database, arguments));
    }

    @Test
    void importsAFileAndSaysWhatItImported() throws Exception {
        Path file = Files.write(folder.resolve("good.csv"),
            ImportFiles.file(ImportFiles.dailyLines(LocalDate.of(2024, 6, 1), 36)));

        CommandLineRun run = run("imports", "--surge.import.file=" + file, "--surge.import.format=daily");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(CommandLineJobs.OK);
        assertThat(run.stdout()).containsExactly("Import 1 of " + file + " (daily): COMPLETED",
            "  36 lines read: 36 imported (36 new or revised, 0 unchanged), 0 rejected");
        assertThat(run.stderr()).isEmpty();
        assertThat(folder.resolve("good.rejects.csv")).doesNotExist();
    }

    @Test
    void theRepackagedJarAsItIsAnswersAsTheExtractedApplicationWhichRunsOnItsAotCache() throws Exception {
        Path file = Files.write(folder.resolve("both.csv"),
            ImportFiles.file(ImportFiles.dailyLines(LocalDate.of(2024, 7, 1), 12)));
        List<String> repackaged = PackagedJar.repackaged();
        repackaged.addAll(List.of("--spring.datasource.url=" + H2Urls.file(folder.resolve("repackaged")),
            "--surge.import.folder=" + folder.resolve("imports"), "--surge.import.file=" + file));
        assertThat(PackagedJar.aotCache()).as("the package's AOT cache (not left out with -Dsurge.aot-cache.skip)")
            .exists();
        // With AOTMode=on the JVM ends with an error rather than run without the cache: it must fit this JDK and
        // this class path, as the build made it.
        Path aotLog = folder.resolve("aot.log");
        List<String> extracted = PackagedJar.java("-XX:AOTMode=on", "-Xlog:aot=info:file=" + aotLog);
        extracted.addAll(List.of("--spring.datasource.url=" + H2Urls.file(folder.resolve("extracted")),
            "--surge.import.folder=" + folder.resolve("imports"), "--surge.import.file=" + file));

        CommandLineRun jar = CommandLineRun.run(folder, repackaged);
        CommandLineRun cached = CommandLineRun.run(folder, extracted);

        assertThat(jar.exitCode()).as(jar.toString()).isEqualTo(CommandLineJobs.OK);
        assertThat(jar.stdout()).containsExactly("Import 1 of " + file + " (daily): COMPLETED",
            "  12 lines read: 12 imported (12 new or revised, 0 unchanged), 0 rejected");
        assertThat(cached.exitCode()).as(cached.toString()).isEqualTo(CommandLineJobs.OK);
        assertThat(cached.stdout()).isEqualTo(jar.stdout());
        assertThat(cached.stderr()).isEmpty();
        assertThat(Files.readString(aotLog)).contains("Opened AOT cache " + PackagedJar.aotCache());
    }

    @Test
    void aRejectedImportNamesItsFirstRejectedLinesAndWritesThemAllToAFile() throws Exception {
        List<String> lines = new ArrayList<>(ImportFiles.dailyLines(LocalDate.of(2024, 7, 1), 3));
        for (int i = 0; i < CommandLineJobs.REJECTS_SHOWN + 1; i++) {
            lines.add("2024-07-0" + (i + 2) + ",USBP,XYZ,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4");
        }
        Path file = Files.write(folder.resolve("bad.csv"), ImportFiles.file(lines));
        Path rejectsFolder = folder.resolve("rejected");

        CommandLineRun run = run("rejects", "--surge.import.file=" + file,
            "--surge.import.rejects-folder=" + rejectsFolder);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(CommandLineJobs.REJECTED);
        String reason = "area: unknown area code 'XYZ'; expected a CBP sector or field office code such as RGV, TCA or"
            + " ELP";
        assertThat(run.stdout()).containsExactly(
            "Import 1 of " + file + " (daily): REJECTED - 6 lines rejected, more than the 0 this import allows:"
                + " nothing was imported (see its rejects)",
            "  9 lines read: 0 imported (0 new or revised, 0 unchanged), 6 rejected",
            "  The first rejected lines:",
            "    line 5: " + reason, "    line 6: " + reason, "    line 7: " + reason, "    line 8: " + reason,
            "    line 9: " + reason,
            "  Every rejected line (line,reason,raw): " + rejectsFolder.resolve("bad.rejects.csv"));
        List<String> rejects = Files.readAllLines(rejectsFolder.resolve("bad.rejects.csv"), StandardCharsets.UTF_8);
        assertThat(rejects).hasSize(7);
        assertThat(rejects.getFirst()).isEqualTo("line,reason,raw");
        assertThat(rejects.getLast()).isEqualTo("10,\"" + reason + "\",\"2024-07-07,USBP,XYZ,SINGLE_ADULTS,MEXICO,"
            + "APPREHENSIONS,4\"");
    }

    @Test
    void theRecomputationSaysEachPolicysStateWhatItRecordedAndWhereItsReportsAre() throws Exception {
        Path file = Files.write(folder.resolve("june.csv"),
            ImportFiles.file(ImportFiles.dailyLines(LocalDate.of(2024, 6, 1), 120)));
        assertThat(run("recompute", "--surge.import.file=" + file).exitCode()).isEqualTo(CommandLineJobs.OK);

        CommandLineRun run = run("recompute", "--surge.job=recompute");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(CommandLineJobs.OK);
        assertThat(run.stdout().getFirst()).matches("Nightly recomputation \\(job execution \\d+\\): COMPLETED");
        // The import recorded the LOW determination of 2024-06-08 already; the recomputation finds nothing new.
        assertThat(run.stdout()).contains("  securing-the-border: DISCONTINUED since 2024-06-22;"
            + " 0 determinations and 0 restatements recorded");
        assertThat(run.stdout()).anySatisfy(line -> assertThat(line).startsWith("  checkAggregateStep: 10 days"
            + " compared: the maintained daily aggregate matches"));
        int reports = run.stdout().indexOf("  Reports:");
        assertThat(reports).isPositive();
        List<Path> written = run.stdout().subList(reports + 1, run.stdout().size()).stream()
            .map(line -> Path.of(line.strip())).toList();
        assertThat(written).extracting(path -> path.getFileName().toString()).containsExactly(
            "audit-digest.json", "chart-border-emergency-authority.html", "chart-securing-the-border.html",
            "comparison.csv", "comparison.html", "summary.json", "timeline-border-emergency-authority.csv", "timeline-securing-the-border.csv");
        assertThat(written).allSatisfy(path -> assertThat(path).isRegularFile().startsWith(
            folder.resolve("reports-recompute")));
        assertThat(written.getFirst().getParent().getFileName().toString()).matches(".*Z-job-\\d+");
        assertThat(run.stderr()).isEmpty();
    }

    @Test
    void aWrongCommandLineSaysWhatIsWrongAndEndsWith64() throws Exception {
        CommandLineRun unknownJob = run("usage", "--surge.job=reindex");
        assertThat(unknownJob.exitCode()).isEqualTo(CommandLineJobs.USAGE);
        assertThat(unknownJob.stderr()).containsExactly("surge: unknown job 'reindex'.",
            "The command line runs --surge.job=recompute or --surge.job=check-ledger, or imports a file with"
                + " --surge.import.file=PATH --surge.import.format=daily|cbp-monthly|cbp-southwest");
        assertThat(unknownJob.stdout()).isEmpty();

        CommandLineRun missingFile = run("usage", "--surge.import.file=" + folder.resolve("missing.csv"));
        assertThat(missingFile.exitCode()).isEqualTo(CommandLineJobs.USAGE);
        assertThat(missingFile.stderr().getFirst()).isEqualTo("surge: the file to import, "
            + folder.resolve("missing.csv") + ", cannot be read.");

        Path file = Files.write(folder.resolve("any.csv"), ImportFiles.file(List.of()));
        CommandLineRun unknownFormat = run("usage", "--surge.import.file=" + file, "--surge.import.format=excel");
        assertThat(unknownFormat.exitCode()).isEqualTo(CommandLineJobs.USAGE);
        assertThat(unknownFormat.stderr().getFirst()).startsWith("surge: the import was refused: format");
    }

    @Test
    void theLedgerCheckOnADatabaseThatCannotBeReachedSaysSoAndEndsWith5() throws Exception {
        List<String> command = PackagedJar.java();
        // Nothing listens on port 1: the connection is refused at once.
        command.addAll(List.of("--spring.datasource.url=jdbc:postgresql://127.0.0.1:1/surge",
            "--surge.job=check-ledger"));

        CommandLineRun run = CommandLineRun.run(folder, command);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(CommandLineJobs.DATABASE_UNAVAILABLE);
        assertThat(run.stderr()).hasSize(2);
        assertThat(run.stderr().getFirst()).startsWith("surge: The database cannot be reached: ");
        assertThat(run.stdout()).isEmpty();
    }

    @Test
    void aJobStartsNoWebServerAndMakesNoUsers() throws Exception {
        // --debug lets the logs speak: a web server or made-up users would say so there.
        CommandLineRun run = run("quiet", "--surge.job=recompute", "--debug");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(CommandLineJobs.OK);
        assertThat(run.err()).contains("Started SurgePolicyApplication")
            .doesNotContainIgnoringCase("tomcat")
            .doesNotContain("No users are configured")
            .doesNotContainIgnoringCase("password");
        assertThat(run.out()).doesNotContainIgnoringCase("password").doesNotContain("INFO");
    }

    @Test
    void theLauncherFindsAJdk25WhereTheDefaultJavaIsOlderAndJavaHomeIsUnset() throws Exception {
        Path launcher = Path.of("..", "scripts", "surge").toAbsolutePath().normalize();
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--surge.job=reindex");
        builder.environment().remove("JAVA_HOME");
        builder.environment().put("PATH", "/usr/bin:/bin");
        Path out = folder.resolve("launcher.txt");
        Process process = builder.directory(folder.toFile()).redirectErrorStream(true).redirectOutput(out.toFile())
            .start();
        assertThat(process.waitFor(4, TimeUnit.MINUTES)).isTrue();

        // A JDK older than 25 would end with UnsupportedClassVersionError (1); the jar answering 64 ran on a JDK 25.
        assertThat(process.exitValue()).as(Files.readString(out)).isEqualTo(CommandLineJobs.USAGE);
        assertThat(Files.readString(out)).startsWith("surge: unknown job 'reindex'.");
    }

    @Test
    void theEmbeddedDatabaseInUseByTheRunningServiceIsExplainedWithTheFix() throws Exception {
        List<String> service = command("shared", "--server.port=0", "--surge.demo-data.enabled=false");
        Path log = folder.resolve("service.log");
        Process running = new ProcessBuilder(service).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            while (!Files.readString(log).contains("Started SurgePolicyApplication")) {
                assertThat(running.isAlive()).as("the service runs: %s", Files.readString(log)).isTrue();
                assertThat(Instant.now()).as("the service started in time").isBefore(deadline);
                Thread.sleep(200);
            }

            CommandLineRun run = run("shared", "--surge.job=recompute");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(CommandLineJobs.DATABASE_UNAVAILABLE);
            assertThat(run.stderr()).containsExactly(
                "surge: The embedded database " + folder.resolve("shared.mv.db") + " is in use by another process:"
                    + " the service is probably running on it.",
                "Stop the service, or point this command at the service's database (--spring.datasource.url=...),"
                    + " or use the service's REST API instead (POST /api/v1/imports?format=...,"
                    + " POST /api/v1/jobs/recompute).");
            assertThat(run.stdout()).isEmpty();
        } finally {
            running.destroy();
            running.waitFor();
        }
    }
}
