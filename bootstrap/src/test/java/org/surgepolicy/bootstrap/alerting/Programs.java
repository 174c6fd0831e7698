package org.surgepolicy.bootstrap.alerting;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program to its end and keeps what it printed. */
final class Programs {

    /** How a program ended: its exit code and its output (standard output and error together). */
    record Run(int exitCode, String output) {
    }

    private Programs() {
    }

    /** Runs in {@code folder}; a program still running after {@code limit} is killed and fails the test. */
    static Run run(Path folder, Duration limit, Object... command) throws IOException, InterruptedException {
        List<String> words = new ArrayList<>();
        for (Object word : command) {
            words.add(word.toString());
        }
        // The output goes to a file, not a pipe, so that a program that hangs cannot hold the test up past the limit.
        Path output = Files.createTempFile("surge-program-", ".log");
        Process process = new ProcessBuilder(words).directory(folder.toFile()).redirectErrorStream(true)
            .redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(String.join(" ", words) + " did not end within " + limit + "; it "
                    + "printed:\n" + Files.readString(output, StandardCharsets.UTF_8));
            }
            return new Run(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(output);
        }
    }
}
