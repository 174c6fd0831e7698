package org.surgepolicy.adapter.batch.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.surgepolicy.adapter.batch.JobRunAudit;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.GetImportQuery;
import org.surgepolicy.application.imports.port.in.StartImportUseCase;
import org.surgepolicy.application.jobs.port.in.CheckAggregatesQuery;
import org.surgepolicy.application.jobs.port.in.CheckLedgerQuery;
import org.surgepolicy.application.jobs.port.in.GetJobRunQuery;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.policy.port.in.GetPolicyStatusQuery;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.imports.ImportStatus;
import org.surgepolicy.domain.rule.PolicyStatus;

/**
 * The jobs as the command line runs them, each to its end, with a summary for a person and the process's exit code:
 * {@code --surge.import.file=PATH [--surge.import.format=daily|cbp-monthly|cbp-southwest]
 * [--surge.import.max-rejects-override=N] [--surge.import.rejects-folder=DIR]} imports a file;
 * {@code --surge.job=recompute} runs the nightly recomputation; {@code --surge.job=check-ledger} runs the ledger's
 * checks, the nightly one-pass aggregate check and the deep check of each key's chain of revisions.
 */
public final class CommandLineJobs {

    /** The file was imported, or the job completed. */
    public static final int OK = 0;
    /** The job failed (it can be resumed), or the command could not run for another reason. */
    public static final int FAILED = 1;
    /** The import was refused whole: more rejected lines than it allows. */
    public static final int REJECTED = 2;
    /** The same file is being imported already. */
    public static final int ALREADY_RUNNING = 3;
    /** A recomputation is running already (started by the schedule, the REST API or another command). */
    public static final int RECOMPUTATION_RUNNING = 4;
    /** The database cannot be reached, or the embedded one is in use by another process (a running service). */
    public static final int DATABASE_UNAVAILABLE = 5;
    /**
     * The ledger check found the maintained daily aggregate differing from the revisions, or revisions whose previous
     * count is not their key's count one revision before.
     */
    public static final int LEDGER_INCONSISTENT = 6;
    /** The command line itself is wrong (unknown job or format, missing file). */
    public static final int USAGE = 64;

    private static final String FORMATS = ImportFormats.standard().codes().replace(", ", "|");
    private static final String RECOMPUTE = "recompute";
    private static final String CHECK_LEDGER = "check-ledger";
    /** The rejected lines the summary shows; the rejects file holds them all. */
    public static final int REJECTS_SHOWN = 5;
    /** The differing days, and the revisions with a broken chain, that the ledger check's summary shows at most. */
    public static final int FINDINGS_SHOWN = 10;
    private static final Duration POLL = Duration.ofMillis(200);

    private final StartImportUseCase imports;
    private final GetImportQuery importStatus;
    private final StartRecomputationUseCase recomputation;
    private final GetJobRunQuery jobRuns;
    private final GetPolicyStatusQuery statuses;
    private final CheckLedgerQuery ledgerCheck;
    private final RejectsFile rejectsFile;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * How the rejected lines of an import are written to a file: as the REST API answers them, which the application
     * hands over (this adapter does not depend on the REST adapter).
     */
    @FunctionalInterface
    public interface RejectsFile {
        /** Writes the header and each reject that {@code rejects} hands over, then closes {@code out}. */
        void write(Writer out, Consumer<Consumer<ImportLine.Rejected>> rejects) throws IOException;
    }

    public CommandLineJobs(StartImportUseCase imports, GetImportQuery importStatus,
                           StartRecomputationUseCase recomputation, GetJobRunQuery jobRuns,
                           GetPolicyStatusQuery statuses, CheckLedgerQuery ledgerCheck, RejectsFile rejectsFile,
                           PrintStream out, PrintStream err) {
        this.imports = imports;
        this.importStatus = importStatus;
        this.recomputation = recomputation;
        this.jobRuns = jobRuns;
        this.statuses = statuses;
        this.ledgerCheck = ledgerCheck;
        this.rejectsFile = rejectsFile;
        this.out = out;
        this.err = err;
    }

    /**
     * Imports a file and waits for its end; returns the exit code.
     *
     * @param rejectsFolder where to write the rejects file, or blank for beside the file
     */
    public int importFile(String file, String format, Long maxRejects, String rejectsFolder)
        throws IOException, InterruptedException {
        Path path = Path.of(file);
        if (wrongCommandLine("", file, err)) {
            return USAGE;
        }
        Outcome<ImportRun> result;
        try (InputStream content = Files.newInputStream(path)) {
            result = imports.start(new StartImportUseCase.Command(format, path.getFileName().toString(), content,
                maxRejects, "command-line"));
        }
        return switch (result) {
            case Outcome.Invalid<ImportRun> invalid -> usage("the import was refused: " + String.join("; ",
                invalid.violations().stream().map(Object::toString).toList()), "Formats: " + ImportFormats.standard().codes()
                + "; --surge.import.max-rejects-override takes a number of lines, 0 or more.");
            case StartImportUseCase.AlreadyRunning running -> {
                err.println("surge: import " + running.running().id() + " of a file with the same SHA-256 ("
                    + running.running().checksum() + ") is running; this one was not started.");
                err.println("Wait for it to end (GET /api/v1/imports/" + running.running().id() + "), then run the"
                    + " command again if it failed.");
                yield ALREADY_RUNNING;
            }
            default -> summarise(waitFor(result.orElseThrow().id()), path, rejectsFolder);
        };
    }

    /**
     * The import once it has ended and so has its job: the job's last listeners (the audit entry, the file's removal)
     * run after the import's status is final, and the command must not close the database under them.
     */
    private ImportRun waitFor(long importId) throws InterruptedException {
        Optional<ImportRun> run = importStatus.find(importId).toOptional();
        while (run.isPresent() && !run.get().status().finished() && run.get().status() != ImportStatus.FAILED) {
            Thread.sleep(POLL);
            run = importStatus.find(importId).toOptional();
        }
        ImportRun done = run.orElseThrow(() -> new IllegalStateException("import " + importId + " vanished"));
        if (done.jobExecutionId() != null) {
            while (jobRuns.find(done.jobExecutionId()).toOptional()
                .map(job -> job.status().running() || job.endedAt() == null)
                .orElse(false)) {
                Thread.sleep(POLL);
            }
        }
        return done;
    }

    private int summarise(ImportRun done, Path file, String rejectsFolder) throws IOException {
        out.println("Import " + done.id() + " of " + file + " (" + done.format().code() + "): " + done.status()
            + (done.message() == null ? "" : " - " + done.message()));
        out.println("  " + done.linesRead() + " lines read: " + done.rowsImported() + " imported ("
            + done.rowsRevised() + " new or revised, " + done.rowsUnchanged() + " unchanged), " + done.rowsRejected()
            + " rejected");
        if (done.rowsRejected() > 0) {
            List<ImportLine.Rejected> first = new ArrayList<>();
            importStatus.rejects(done.id(), reject -> {
                if (first.size() < REJECTS_SHOWN) {
                    first.add(reject);
                }
            });
            out.println("  The first rejected line" + (first.size() == 1 ? "" : "s") + ":");
            first.forEach(reject -> out.println("    line " + reject.lineNumber() + ": " + reject.reason()));
            Path rejects = rejectsFile(file, rejectsFolder);
            try (Writer writer = Files.newBufferedWriter(rejects, StandardCharsets.UTF_8)) {
                rejectsFile.write(writer, reject -> importStatus.rejects(done.id(), reject));
            }
            out.println("  Every rejected line (line,reason,raw): " + rejects.toAbsolutePath());
        }
        return switch (done.status()) {
            case COMPLETED -> OK;
            case REJECTED -> REJECTED;
            case FAILED, QUEUED, RUNNING -> FAILED;
        };
    }

    /** {@code tallies.csv} gets {@code tallies.rejects.csv}, beside it or in the folder given. */
    private static Path rejectsFile(Path file, String folder) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String rejects = (dot > 0 ? name.substring(0, dot) : name) + ".rejects.csv";
        if (folder.isBlank()) {
            return file.toAbsolutePath().resolveSibling(rejects);
        }
        return Files.createDirectories(Path.of(folder)).resolve(rejects);
    }

    /** Runs a job by name to its end; returns the exit code. */
    public int runJob(String job) {
        if (wrongCommandLine(job, "", err)) {
            return USAGE;
        }
        if (CHECK_LEDGER.equals(job)) {
            return summarise(ledgerCheck.check(FINDINGS_SHOWN));
        }
        Outcome<JobRun> outcome = recomputation.start(new StartRecomputationUseCase.Command("command-line", true));
        return switch (outcome) {
            case StartRecomputationUseCase.Busy busy -> {
                err.println("surge: " + busy.running().sentence());
                err.println("Wait for it to end (GET /api/v1/jobs/" + (busy.running().executionId() == null ? "{id}"
                    : busy.running().executionId()) + "), then run the command again.");
                yield RECOMPUTATION_RUNNING;
            }
            default -> summarise(outcome.orElseThrow());
        };
    }

    private int summarise(JobRun run) {
        out.println("Nightly recomputation (job execution " + run.executionId() + "): " + run.status()
            + (run.exitDescription() == null ? "" : " - " + run.exitDescription()));
        for (JobRun.PolicyRecomputed policy : run.policies()) {
            out.println("  " + policy.policyId() + ": " + state(policy.policyId()) + "; "
                + JobRunAudit.count(policy.determinationsRecorded(), "determination", "determinations") + " and "
                + JobRunAudit.count(policy.restatementsRecorded(), "restatement", "restatements") + " recorded");
        }
        for (JobRun.StepRun step : run.steps()) {
            if (step.summary() != null) {
                out.println("  " + step.name() + ": " + step.summary());
            }
        }
        if (!run.reports().isEmpty()) {
            out.println("  Reports:");
            run.reports().forEach(report -> out.println("    " + report.path()));
        }
        return run.status() == JobRun.RunStatus.COMPLETED ? OK : FAILED;
    }

    private int summarise(CheckLedgerQuery.LedgerCheck check) {
        out.println("Ledger check: " + (check.consistent() ? "CONSISTENT" : "INCONSISTENT"));
        CheckAggregatesQuery.AggregateCheck aggregates = check.aggregates();
        String compared = aggregates.daysMaintained() == aggregates.daysRebuilt()
            ? JobRunAudit.count(aggregates.daysMaintained(), "day", "days") + " compared"
            : "days compared: " + JobRunAudit.number(aggregates.daysMaintained()) + " maintained, "
                + JobRunAudit.number(aggregates.daysRebuilt()) + " summed from the revisions";
        List<CheckAggregatesQuery.DayMismatch> mismatches = aggregates.mismatches();
        if (mismatches.isEmpty()) {
            out.println("  Aggregate check: " + compared + ": the maintained daily aggregate matches the one summed"
                + " from the revisions");
        } else {
            out.println("  Aggregate check: " + compared + "; " + JobRunAudit.count(mismatches.size(), "day differs",
                "days differ") + " between the maintained daily aggregate and the one summed from the revisions"
                + (mismatches.size() > FINDINGS_SHOWN ? "; the first " + FINDINGS_SHOWN : "") + ":");
            for (CheckAggregatesQuery.DayMismatch day : mismatches.subList(0, Math.min(FINDINGS_SHOWN,
                mismatches.size()))) {
                out.println("    " + day.date());
                out.println("      maintained                " + Objects.requireNonNullElse(day.maintained(),
                    "nothing"));
                out.println("      summed from the revisions " + Objects.requireNonNullElse(day.rebuilt(),
                    "nothing"));
            }
        }
        if (check.brokenCount() == 0) {
            out.println("  Chain check: every revision's previous count is its key's count one revision before");
        } else {
            out.println("  Chain check: " + JobRunAudit.count(check.brokenCount(), "revision whose previous count is"
                + " not its key's", "revisions whose previous count is not their key's") + " count one revision before"
                + (check.brokenCount() > check.brokenRevisions().size()
                    ? "; the first " + check.brokenRevisions().size() : "") + ":");
            out.println("    " + String.join(", ", check.brokenRevisions().stream().map(String::valueOf).toList()));
        }
        return check.consistent() ? OK : LEDGER_INCONSISTENT;
    }

    private String state(String policyId) {
        return statuses.status(new GetPolicyStatusQuery.Query(policyId, null)).toOptional()
            .map(CommandLineJobs::state).orElse("unknown");
    }

    private static String state(PolicyStatus status) {
        if (status.state() == null) {
            return "no state on " + status.asOf();
        }
        String state = status.state().kind() + " since " + status.since();
        return status.override() == null ? state : state + " (overridden: " + status.effectiveState() + ")";
    }

    /**
     * Whether the job or the file to import is wrong (checked before anything starts, and again once the options
     * from the environment are known), saying so on {@code err}.
     *
     * @param job  the job asked for, or blank for an import
     * @param file the file to import, or blank for a job
     */
    static boolean wrongCommandLine(String job, String file, PrintStream err) {
        if (!file.isBlank()) {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
                usage(err, "the file to import, " + path.toAbsolutePath() + ", cannot be read",
                    "Give an existing file: --surge.import.file=PATH --surge.import.format=" + FORMATS);
                return true;
            }
            return false;
        }
        if (!RECOMPUTE.equals(job) && !CHECK_LEDGER.equals(job)) {
            usage(err, "unknown job '" + job + "'", "The command line runs --surge.job=" + RECOMPUTE
                + " or --surge.job=" + CHECK_LEDGER + ", or imports a file with --surge.import.file=PATH"
                + " --surge.import.format=" + FORMATS);
            return true;
        }
        return false;
    }

    private int usage(String cause, String fix) {
        usage(err, cause, fix);
        return USAGE;
    }

    private static void usage(PrintStream err, String cause, String fix) {
        err.println("surge: " + cause + ".");
        err.println(fix);
    }
}
