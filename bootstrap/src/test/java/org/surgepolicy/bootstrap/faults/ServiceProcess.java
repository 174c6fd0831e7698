package org.surgepolicy.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.batch.PackagedJar;

/**
 * The packaged application running as an operator runs it, in a JVM of its own on a free port, with one user per role
 * whose password is the role's name followed by {@code -pw} (as {@link Api} signs in). It can be killed as a crash
 * kills it. Its log is kept in {@code target/fault-logs}.
 */
final class ServiceProcess implements AutoCloseable {

    private final String name;
    private final Path log;
    private final int port;
    private final Process process;

    private ServiceProcess(String name, Path log, int port, Process process) {
        this.name = name;
        this.log = log;
        this.port = port;
        this.process = process;
    }

    /**
     * Starts the application in {@code folder} (its working directory, where its imports and reports go) with the given
     * settings beyond the common ones; its log is {@code target/fault-logs/<name>.log}.
     */
    static ServiceProcess start(String name, Path folder, List<String> settings) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        List<String> command = PackagedJar.java("-Xmx512m");
        command.addAll(List.of("--server.port=" + port,
            "--surge.demo-data.enabled=false", "--surge.jobs.recompute.cron=-",
            "--surge.import.folder=" + folder.resolve("imports"),
            "--surge.reports.location=" + folder.resolve("reports")));
        String[] roles = {"viewer", "operator", "auditor", "admin"};
        for (int i = 0; i < roles.length; i++) {
            command.add("--surge.security.users[" + i + "].username=" + roles[i]);
            command.add("--surge.security.users[" + i + "].password={noop}" + roles[i] + "-pw");
            command.add("--surge.security.users[" + i + "].roles=" + roles[i].toUpperCase());
        }
        command.addAll(settings);
        Path log = Files.createDirectories(Path.of("target", "fault-logs")).resolve(name + ".log");
        Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
            .redirectOutput(log.toFile()).start();
        return new ServiceProcess(name, log, port, process);
    }

    int port() {
        return port;
    }

    /** Waits until readiness says UP; fails, with the end of the log, if the process ends or takes too long. */
    ServiceProcess awaitReady(Duration limit) throws Exception {
        Instant deadline = Instant.now().plus(limit);
        while (!Probe.ready(port)) {
            assertThat(process.isAlive()).as("%s is running; its log ends:%n%s", name, logTail()).isTrue();
            assertThat(Instant.now()).as("%s ready within %s; its log ends:%n%s", name, limit, logTail())
                .isBefore(deadline);
            Thread.sleep(200);
        }
        return this;
    }

    /** SIGKILL: the JVM ends at once, with no shutdown of any kind. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("%s ended after SIGKILL", name).isTrue();
    }

    /** SIGTERM, and the wait for a graceful end. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
    }

    String logTail() throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            stop();
        }
    }
}
