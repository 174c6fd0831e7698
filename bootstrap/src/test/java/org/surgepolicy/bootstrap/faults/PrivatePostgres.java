package org.surgepolicy.bootstrap.faults;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL cluster of the test's own, made with Debian's {@code pg_createcluster} on a port from 5441 to 5449,
 * which the test may stop, crash and start again; the machine's main cluster is never touched. Its name starts with
 * {@value #PREFIX} and its data folder holds the id of the process that made it (where pg_dropcluster removes it
 * with the rest): a cluster left behind by a run that was killed (its maker gone) is dropped by the next, and one
 * that another live run uses is left alone.
 */
final class PrivatePostgres implements AutoCloseable {

    static final String VERSION = "15";
    static final String PREFIX = "surge_fault_";
    private static final int FIRST_PORT = 5441;
    private static final int LAST_PORT = 5449;
    private static final String OWNER = "surge-fault-owner";
    private static final Path CONFIGURATION = Path.of("/etc/postgresql", VERSION);
    private static final Logger LOG = LoggerFactory.getLogger(PrivatePostgres.class);

    private final String name;
    private final int port;
    private final Thread dropOnExit;

    private PrivatePostgres(String name, int port) {
        this.name = name;
        this.port = port;
        this.dropOnExit = new Thread(this::drop, "drop-" + name);
        Runtime.getRuntime().addShutdownHook(dropOnExit);
    }

    /** Why a cluster cannot be made here, or null when it can (as root, with PostgreSQL's Debian tools). */
    static String whyUnavailable() {
        if (!"root".equals(System.getProperty("user.name"))) {
            return "private PostgreSQL clusters are made as root (pg_createcluster), and this runs as "
                + System.getProperty("user.name");
        }
        if (!Files.isExecutable(Path.of("/usr/bin/pg_createcluster")) || !Files.isDirectory(CONFIGURATION)) {
            return "pg_createcluster and PostgreSQL " + VERSION + " are not installed";
        }
        return null;
    }

    /** Drops the leftovers of killed runs, then makes and starts a cluster on the first free port. */
    static PrivatePostgres create() throws IOException, InterruptedException {
        dropLeftovers();
        Set<Integer> taken = new HashSet<>();
        for (String[] cluster : clusters()) {
            taken.add(Integer.parseInt(cluster[2]));
        }
        for (int port = FIRST_PORT; port <= LAST_PORT; port++) {
            String name = PREFIX + port;
            if (taken.contains(port) || listening(port)) {
                continue;
            }
            Result made = run("pg_createcluster", VERSION, name, "-p", Integer.toString(port), "--", "--auth=trust");
            if (!made.ok()) {
                LOG.info("Port {} was taken meanwhile: {}", port, made.output());
                continue;
            }
            String[] listed = clusters().stream().filter(c -> c[1].equals(name)).findFirst().orElseThrow();
            Files.writeString(Path.of(listed[5]).resolve(OWNER), Long.toString(ProcessHandle.current().pid()),
                StandardCharsets.UTF_8);
            PrivatePostgres cluster = new PrivatePostgres(name, port);
            cluster.start();
            return cluster;
        }
        throw new IllegalStateException("no free port from " + FIRST_PORT + " to " + LAST_PORT
            + " for a private PostgreSQL cluster; pg_lsclusters says:\n" + run("pg_lsclusters").output());
    }

    private static void dropLeftovers() throws IOException, InterruptedException {
        for (String[] cluster : clusters()) {
            String name = cluster[1];
            if (!name.startsWith(PREFIX)) {
                continue;
            }
            Path owner = Path.of(cluster[5]).resolve(OWNER);
            boolean alive = Files.exists(owner) && ProcessHandle.of(Long.parseLong(Files.readString(owner).strip()))
                .map(ProcessHandle::isAlive).orElse(false);
            if (!alive) {
                LOG.warn("Dropping the private cluster {} that a killed run left behind", name);
                run("pg_dropcluster", "--stop", VERSION, name);
            }
        }
    }

    /** The clusters of this version: the columns of pg_lsclusters (version, name, port, status, owner, data folder). */
    private static List<String[]> clusters() throws IOException, InterruptedException {
        List<String[]> clusters = new ArrayList<>();
        for (String line : run("pg_lsclusters", "-h").output().lines().toList()) {
            String[] columns = line.strip().split("\\s+");
            if (columns.length >= 6 && VERSION.equals(columns[0])) {
                clusters.add(columns);
            }
        }
        return clusters;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    String name() {
        return name;
    }

    /** A JDBC URL of {@code database} on this cluster. */
    String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
    }

    /** Makes a new, empty database and returns its URL. */
    String createDatabase(String database) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url("postgres"));
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        }
        return url(database);
    }

    /** Starts the cluster; returns once it accepts connections. */
    void start() throws IOException, InterruptedException {
        run("pg_ctlcluster", VERSION, name, "start").orThrow("starting " + name);
    }

    /** Stops the server: {@code fast} ends the sessions cleanly, {@code immediate} is a crash. */
    void stop(String mode) throws IOException, InterruptedException {
        run("pg_ctlcluster", VERSION, name, "stop", "-m", mode).orThrow("stopping " + name);
    }

    @Override
    public void close() {
        drop();
        Runtime.getRuntime().removeShutdownHook(dropOnExit);
    }

    private void drop() {
        try {
            run("pg_dropcluster", "--stop", VERSION, name).orThrow("dropping " + name);
        } catch (IOException | InterruptedException | IllegalStateException e) {
            LOG.error("Could not drop the private cluster {} (the next run drops it): {}", name, e.getMessage());
        }
    }

    private record Result(int exit, String output) {

        boolean ok() {
            return exit == 0;
        }

        Result orThrow(String what) {
            if (!ok()) {
                throw new IllegalStateException(what + " failed (exit " + exit + "):\n" + output);
            }
            return this;
        }
    }

    private static Result run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within 120 s");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
