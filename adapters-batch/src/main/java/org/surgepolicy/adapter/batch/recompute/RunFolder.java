package org.surgepolicy.adapter.batch.recompute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The folder of one recomputation run under the reports location, where each of its steps writes its files:
 * {@code 2026-03-02T023000Z-job-17}, so that the folders sort by time and name their job execution, and two runs never
 * share a file. A step adds a file with one line, {@code RunFolder.of(context).write("name.json", out -> ...)}: it is
 * written beside its final name and moved into place (a reader never sees half a file), and it is listed among the
 * run's reports. The link {@value #LATEST} in the reports location names the newest run that wrote reports.
 */
public final class RunFolder {

    /** The job execution context's entry holding the run's folder. */
    static final String FOLDER = "reportFolder";
    /** The job execution context's entry listing the files written, one a line. */
    static final String WRITTEN = "reportsWritten";
    /** The link to the newest run's folder. */
    public static final String LATEST = "latest";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss'Z'")
        .withZone(ZoneOffset.UTC);
    private static final Pattern FOLDER_NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{6}Z)-job-(\\d+)");
    private static final Pattern REPORT_NAME = Pattern.compile("job-(\\d+)-(.+)");
    /** A plain file name: no folder, no "..", no hidden file, and not one still being written. */
    private static final Pattern FILE_NAME = Pattern.compile("(?!.*\\.\\.)(?!.*\\.partial$)[A-Za-z0-9][A-Za-z0-9._-]*");

    private static final Logger LOG = LoggerFactory.getLogger(RunFolder.class);

    private final Path folder;
    private final ExecutionContext job;

    RunFolder(Path folder, ExecutionContext job) {
        this.folder = folder;
        this.job = job;
    }

    /** What a file's content is written by. */
    public interface Content {
        void write(Writer out) throws IOException;
    }

    /** The folder of the run a step belongs to. */
    public static RunFolder of(ChunkContext context) {
        JobExecution execution = context.getStepContext().getStepExecution().getJobExecution();
        String folder = execution.getExecutionContext().getString(FOLDER, null);
        if (folder == null) {
            throw new IllegalStateException("job execution " + execution.getId() + " has no report folder");
        }
        return new RunFolder(Path.of(folder), execution.getExecutionContext());
    }

    /** Names the folder of a run that starts now, in the job's context. */
    static void assign(JobExecution execution, Path location, Instant startedAt) {
        Path folder = location.resolve(STAMP.format(startedAt) + "-job-" + execution.getId()).toAbsolutePath()
            .normalize();
        execution.getExecutionContext().putString(FOLDER, folder.toString());
        execution.getExecutionContext().remove(WRITTEN);
    }

    public Path path() {
        return folder;
    }

    /** Writes a file of the run (UTF-8) and lists it among the run's reports; returns its path. */
    public Path write(String fileName, Content content) {
        if (!reportFile(fileName)) {
            throw new IllegalArgumentException("not a report file name: " + fileName);
        }
        try {
            Files.createDirectories(folder);
            Path target = folder.resolve(fileName);
            Path partial = folder.resolve(fileName + ".partial");
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                content.write(out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            List<String> written = written(job);
            if (!written.contains(fileName)) {
                job.putString(WRITTEN, String.join("\n", concat(written, fileName)));
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("the report " + fileName + " could not be written to " + folder, e);
        }
    }

    /** Points the reports location's {@value #LATEST} link at this run's folder (where links can be made). */
    void markLatest() {
        Path location = folder.getParent();
        Path link = location.resolve(LATEST);
        Path next = location.resolve(LATEST + ".next");
        try {
            Files.deleteIfExists(next);
            Files.createSymbolicLink(next, folder.getFileName());
            Files.move(next, link, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // Where the file system has no links, the newest folder is still the last in name order.
            LOG.warn("Could not point {} at {}: {}", link,
                folder.getFileName(), e.toString());
        }
    }

    /** The files a run wrote, in the order it wrote them. */
    static List<String> written(ExecutionContext job) {
        String written = job.getString(WRITTEN, "");
        return written.isEmpty() ? List.of() : List.of(written.split("\n"));
    }

    private static List<String> concat(List<String> list, String last) {
        return Stream.concat(list.stream(), Stream.of(last)).toList();
    }

    /** A report's name in the archive: its run's job execution and its file name. */
    static String reportName(long jobExecutionId, String fileName) {
        return "job-" + jobExecutionId + "-" + fileName;
    }

    /** A run's folder name, parsed: its start and its job execution; empty for any other name. */
    static Optional<Run> parseFolder(String name) {
        Matcher m = FOLDER_NAME.matcher(name);
        return m.matches() ? Optional.of(new Run(m.group(1), Long.parseLong(m.group(2)))) : Optional.empty();
    }

    /** Whether a file of a run's folder is a report: a plain file name, not one still being written. */
    static boolean reportFile(String fileName) {
        return FILE_NAME.matcher(fileName).matches();
    }

    /** A report name, parsed: the job execution and the name of a report file; empty for any other name. */
    static Optional<ReportRef> parseReportName(String name) {
        Matcher m = name == null ? null : REPORT_NAME.matcher(name);
        if (m == null || !m.matches() || !reportFile(m.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new ReportRef(Long.parseLong(m.group(1)), m.group(2)));
    }

    /** A run's folder, by its name's parts. */
    record Run(String stamp, long jobExecutionId) {
    }

    /** A report, by its name's parts. */
    record ReportRef(long jobExecutionId, String fileName) {
    }
}
