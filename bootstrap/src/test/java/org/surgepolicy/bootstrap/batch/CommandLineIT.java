package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar as an operator runs it from the command line: an import, the recomputation, and their exit codes. Runs
 * after {@code package}, on the repackaged jar in target.
 */
class CommandLineIT {

    @TempDir
    static Path folder;
    private static Path jar;

    @BeforeAll
    static void findTheJar() throws IOException {
        jar = PackagedJar.find();
    }

    private static int run(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-jar", jar.toString(),
            "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
            "--surge.import.folder=" + folder.resolve("imports"), "--surge.reports.location=" + folder.resolve("reports")));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(folder.resolve("out-" + System.nanoTime() + ".log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the command ended").isTrue();
        return process.exitValue();
    }

    @Test
    void importsAFileThenRunsTheRecomputationAndSaysHowEachEnded() throws Exception {
        Path good = Files.write(folder.resolve("good.csv"),
            ImportFiles.file(ImportFiles.dailyLines(LocalDate.of(2024, 6, 1), 36)));
        List<String> badLines = new ArrayList<>(ImportFiles.dailyLines(LocalDate.of(2024, 7, 1), 3));
        badLines.add("2024-07-01,USBP,XYZ,SINGLE_ADULTS,MEXICO,APPREHENSIONS,4");
        Path bad = Files.write(folder.resolve("bad.csv"), ImportFiles.file(badLines));

        assertThat(run("--surge.import.file=" + good, "--surge.import.format=daily")).isEqualTo(CommandLineJobs.OK);
        assertThat(run("--surge.import.file=" + bad)).isEqualTo(CommandLineJobs.REJECTED);
        assertThat(run("--surge.job=recompute")).isEqualTo(CommandLineJobs.OK);
        assertThat(folder.resolve("reports/summary.json")).exists();
        assertThat(run("--surge.job=reindex")).isEqualTo(CommandLineJobs.USAGE);
        assertThat(run("--surge.import.file=" + folder.resolve("missing.csv"))).isEqualTo(CommandLineJobs.USAGE);
    }
}
