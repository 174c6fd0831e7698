package org.surgepolicy.adapter.batch.recompute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.surgepolicy.application.contracts.ReportArchiveContract;
import org.surgepolicy.application.jobs.port.out.ReportArchive;

/** The reports location keeps the port's contract, with each run's files in the run's folder. */
class FileSystemReportArchiveContractTest extends ReportArchiveContract {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HHmmss'Z'")
        .withZone(ZoneOffset.UTC);

    @TempDir
    Path location;

    @Override
    protected ReportArchive archive() {
        return new FileSystemReportArchive(location);
    }

    @Override
    protected void writeRun(long jobExecutionId, Instant startedAt, Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(location.resolve(STAMP.format(startedAt) + "-job-" + jobExecutionId));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
    }
}
