package org.surgepolicy.adapter.batch.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SimpleCommandLinePropertySource;
import org.surgepolicy.application.imports.port.in.GetImportQuery;
import org.surgepolicy.application.imports.port.in.StartImportUseCase;
import org.surgepolicy.application.jobs.port.in.CheckLedgerQuery;
import org.surgepolicy.application.jobs.port.in.GetJobRunQuery;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;

/**
 * The jar as a command: one job, a short summary on stdout, the logs (quiet unless {@code --debug}) on stderr, and an
 * exit code (see {@link CommandLineJobs}). When the job cannot run at all, stderr says why in one or two lines: the
 * cause, then the fix.
 */
public final class CommandLine {

    private static final String DEBUG_FLAG = "--debug";

    private CommandLine() {
    }

    /** Whether the arguments (or the environment) ask for a job rather than the service. */
    public static boolean requested(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--" + CommandLineMode.IMPORT_FILE + "=")
            || arg.startsWith("--" + CommandLineMode.JOB + "="))
            || notBlank(System.getenv("SURGE_IMPORT_FILE")) || notBlank(System.getenv("SURGE_JOB"));
    }

    /**
     * Runs the job the arguments name; returns the process's exit code.
     *
     * @param rejects how an import's rejected lines are written to their file
     */
    public static int run(Class<?> application, String[] args, CommandLineJobs.RejectsFile rejects) {
        // The summary goes to stdout alone: everything else that would print there (logs) goes to stderr.
        PrintStream summary = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err);
        boolean debug = Arrays.asList(args).contains(DEBUG_FLAG);
        // A wrong command line is said at once, before the application (and its database) starts.
        SimpleCommandLinePropertySource given = new SimpleCommandLinePropertySource(args);
        if (given.containsProperty(CommandLineMode.IMPORT_FILE) || given.containsProperty(CommandLineMode.JOB)) {
            String file = Objects.requireNonNullElse(given.getProperty(CommandLineMode.IMPORT_FILE), "");
            String job = Objects.requireNonNullElse(given.getProperty(CommandLineMode.JOB), "");
            if (CommandLineJobs.wrongCommandLine(job, file, System.err)) {
                return CommandLineJobs.USAGE;
            }
        }
        List<String> arguments = new ArrayList<>(Arrays.stream(args).filter(arg -> !arg.equals(DEBUG_FLAG)).toList());
        if (debug) {
            arguments.add("--" + CommandLineMode.DEBUG + "=true");
        }
        try (ConfigurableApplicationContext context = SpringApplication.run(application,
            arguments.toArray(String[]::new))) {
            CommandLineJobs jobs = new CommandLineJobs(context.getBean(StartImportUseCase.class),
                context.getBean(GetImportQuery.class), context.getBean(StartRecomputationUseCase.class),
                context.getBean(GetJobRunQuery.class), context.getBean(GetPolicyStatusQuery.class),
                context.getBean(CheckLedgerQuery.class), rejects, summary, System.err);
            var environment = context.getEnvironment();
            String file = environment.getProperty(CommandLineMode.IMPORT_FILE, "");
            return file.isBlank() ? jobs.runJob(environment.getProperty(CommandLineMode.JOB, ""))
                : jobs.importFile(file, environment.getProperty("surge.import.format", "daily"),
                    environment.getProperty("surge.import.max-rejects-override", Long.class),
                    environment.getProperty("surge.import.rejects-folder", ""));
        } catch (Exception | LinkageError e) {
            CommandLineFailure failure = CommandLineFailure.of(e);
            System.err.println("surge: " + failure.cause());
            System.err.println(failure.fix());
            if (debug) {
                e.printStackTrace(System.err);
            }
            return failure.exitCode();
        }
    }

    private static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
