package org.surgepolicy.bootstrap.batch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.surgepolicy.application.port.in.GetImportQuery;
import org.surgepolicy.application.port.in.StartImportUseCase;
import org.surgepolicy.application.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.port.out.BatchJobs;
import org.surgepolicy.application.port.out.ImportRun;
import org.surgepolicy.application.port.out.ImportStatus;

/**
 * The jobs as the command line runs them, each to its end, with the process's exit code:
 * {@code --surge.import.file=PATH [--surge.import.format=daily|cbp-monthly|cbp-southwest]
 * [--surge.import.max-rejects-override=N]} imports a file; {@code --surge.job=recompute} runs the recomputation.
 */
public final class CommandLineJobs {

    /** The file was imported, or the job completed. */
    public static final int OK = 0;
    /** The job failed (it can be resumed). */
    public static final int FAILED = 1;
    /** The import was refused whole: more rejected lines than it allows. */
    public static final int REJECTED = 2;
    /** The same file is being imported already. */
    public static final int ALREADY_RUNNING = 3;
    /** The command line itself is wrong (unknown job or format, missing file). */
    public static final int USAGE = 64;

    private static final Logger LOG = LoggerFactory.getLogger(CommandLineJobs.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final StartImportUseCase imports;
    private final GetImportQuery importStatus;
    private final StartRecomputationUseCase recomputation;

    public CommandLineJobs(StartImportUseCase imports, GetImportQuery importStatus,
                           StartRecomputationUseCase recomputation) {
        this.imports = imports;
        this.importStatus = importStatus;
        this.recomputation = recomputation;
    }

    /** Imports a file and waits for its end; returns the exit code. */
    public int importFile(String file, String format, Long maxRejects) throws IOException, InterruptedException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            LOG.error("The file to import, {}, cannot be read", path.toAbsolutePath());
            return USAGE;
        }
        StartImportUseCase.Result result;
        try (InputStream content = Files.newInputStream(path)) {
            result = imports.start(new StartImportUseCase.Command(format, path.getFileName().toString(), content,
                maxRejects, "command-line"));
        }
        return switch (result) {
            case StartImportUseCase.Invalid invalid -> {
                invalid.violations().forEach(v -> LOG.error("Import refused: {}", v));
                yield USAGE;
            }
            case StartImportUseCase.AlreadyRunning running -> {
                LOG.error("Import {} of a file with the same checksum is running", running.running().id());
                yield ALREADY_RUNNING;
            }
            case StartImportUseCase.Started started -> waitFor(started.run().id());
        };
    }

    private int waitFor(long importId) throws InterruptedException {
        Optional<ImportRun> run = importStatus.find(importId);
        while (run.isPresent() && !run.get().status().finished() && run.get().status() != ImportStatus.FAILED) {
            Thread.sleep(POLL);
            run = importStatus.find(importId);
        }
        ImportRun done = run.orElseThrow();
        LOG.info("Import {} {}: {} lines read, {} rows imported ({} new or revised, {} unchanged), {} rejected{}",
            done.id(), done.status(), done.linesRead(), done.rowsImported(), done.rowsRevised(), done.rowsUnchanged(),
            done.rowsRejected(), done.message() == null ? "" : " - " + done.message());
        return switch (done.status()) {
            case COMPLETED -> OK;
            case REJECTED -> REJECTED;
            case FAILED, QUEUED, RUNNING -> FAILED;
        };
    }

    /** Runs a job by name to its end; returns the exit code. */
    public int runJob(String job) {
        if (!"recompute".equals(job)) {
            LOG.error("Unknown job '{}'; the command line runs --surge.job=recompute", job);
            return USAGE;
        }
        BatchJobs.JobRun run = recomputation.start(new StartRecomputationUseCase.Command("command-line", true));
        LOG.info("Recomputation {} ended {}{}", run.executionId(), run.status(),
            run.exitDescription() == null ? "" : ": " + run.exitDescription());
        return run.status() == BatchJobs.RunStatus.COMPLETED ? OK : FAILED;
    }
}
