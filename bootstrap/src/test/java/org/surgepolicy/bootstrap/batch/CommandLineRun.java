package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application run as an operator runs it (extracted, with its AOT cache: {@link PackagedJar#java}), with
 * the JDK that runs the tests (the build's JDK 25): its exit code, stdout and stderr, each kept apart.
 */
record CommandLineRun(int exitCode, List<String> stdout, List<String> stderr) {

    /** Generous: a loaded machine starts the application slowly. */
    private static final long TIMEOUT_SECONDS = 240;

    /**
     * The application on the database at {@code url}, keeping its imports and reports in the folders given, followed
     * by {@code arguments}.
     */
    static List<String> java(String url, Path imports, Path reports, String... arguments) throws IOException {
        List<String> command = PackagedJar.java();
        command.addAll(List.of("--spring.datasource.url=" + url, "--surge.import.folder=" + imports,
            "--surge.reports.location=" + reports));
        command.addAll(List.of(arguments));
        return command;
    }

    /** Runs the command to its end in {@code folder}, where its output files are kept. */
    static CommandLineRun run(Path folder, List<String> command) throws IOException, InterruptedException {
        long id = System.nanoTime();
        Path out = folder.resolve("stdout-" + id + ".txt");
        Path err = folder.resolve("stderr-" + id + ".txt");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectOutput(out.toFile())
            .redirectError(err.toFile()).start();
        boolean ended = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        assertThat(ended).as("the command ended within %d s; stderr: %s", TIMEOUT_SECONDS, Files.readString(err))
            .isTrue();
        return new CommandLineRun(process.exitValue(), Files.readAllLines(out, StandardCharsets.UTF_8),
            Files.readAllLines(err, StandardCharsets.UTF_8));
    }

    String out() {
        return String.join("\n", stdout);
    }

    String err() {
        return String.join("\n", stderr);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + out() + "\n--- stderr\n" + err();
    }
}
