package org.surgepolicy.bootstrap.alerting;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A program started for a test, its output in a log file; closing it stops it, by force if it will not stop. */
final class RunningProgram implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private RunningProgram(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    static RunningProgram start(String name, Path folder, List<?> command) throws IOException {
        List<String> words = new ArrayList<>();
        command.forEach(word -> words.add(word.toString()));
        Path log = folder.resolve(name + ".log");
        Process process = new ProcessBuilder(words).directory(folder.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        return new RunningProgram(name, process, log);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** The last lines it printed, for a failure's message. */
    String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return name + " printed, last:\n" + String.join("\n", lines.subList(Math.max(0, lines.size() - 40),
                lines.size()));
        } catch (IOException e) {
            return name + "'s log could not be read: " + e.getMessage();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
