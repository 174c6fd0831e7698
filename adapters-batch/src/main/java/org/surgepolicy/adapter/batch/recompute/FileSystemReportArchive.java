package org.surgepolicy.adapter.batch.recompute;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.surgepolicy.application.jobs.port.in.Report;
import org.surgepolicy.application.jobs.port.out.ReportArchive;

/**
 * The reports under the reports location, one folder per run (see {@link RunFolder}). Checksums are computed when a
 * report is first listed and kept while the file's size and time stay the same.
 */
public final class FileSystemReportArchive implements ReportArchive {

    private final Path location;
    private final Cache<Path, Checksum> checksums = Caffeine.newBuilder().build();

    public FileSystemReportArchive(Path location) {
        this.location = location.toAbsolutePath().normalize();
    }

    private record Checksum(long size, long modified, String sha256) {
    }

    @Override
    public Report.Page list(int page, int size) {
        List<Path> files = new ArrayList<>();
        for (Folder run : runs()) {
            files.addAll(filesOf(run.path()));
        }
        long from = (long) page * size;
        List<Report> reports = files.stream().skip(from).limit(size)
            .map(file -> report(parse(file.getParent()).orElseThrow().jobExecutionId(), file)).toList();
        return new Report.Page(reports, page, size, files.size());
    }

    @Override
    public List<Report> ofRun(long jobExecutionId) {
        return folderOf(jobExecutionId).map(folder -> filesOf(folder).stream()
            .map(file -> report(jobExecutionId, file)).toList()).orElse(List.of());
    }

    @Override
    public Optional<Report.Download> find(String name) {
        Optional<RunFolder.ReportRef> ref = RunFolder.parseReportName(name);
        if (ref.isEmpty()) {
            return Optional.empty();
        }
        long run = ref.get().jobExecutionId();
        return folderOf(run).flatMap(folder -> filesOf(folder).stream()
                .filter(file -> file.getFileName().toString().equals(ref.get().fileName())).findFirst())
            .map(file -> new Report.Download(report(run, file), out -> Files.copy(file, out)));
    }

    /** A run's folder and its name's parts. */
    private record Folder(Path path, RunFolder.Run run) {
    }

    /** The runs' folders, newest first. */
    private List<Folder> runs() {
        if (!Files.isDirectory(location)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(location)) {
            return entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                .flatMap(p -> parse(p).map(run -> new Folder(p, run)).stream())
                .sorted(Comparator.comparing((Folder f) -> f.run().stamp())
                    .thenComparingLong(f -> f.run().jobExecutionId()).reversed())
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the reports location " + location + " cannot be listed", e);
        }
    }

    private static Optional<RunFolder.Run> parse(Path folder) {
        return RunFolder.parseFolder(folder.getFileName().toString());
    }

    private Optional<Path> folderOf(long jobExecutionId) {
        return runs().stream().filter(f -> f.run().jobExecutionId() == jobExecutionId).map(Folder::path).findFirst();
    }

    /** A run's report files by name, leaving out files still being written. */
    private static List<Path> filesOf(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                .filter(p -> RunFolder.reportFile(p.getFileName().toString()))
                .sorted(Comparator.comparing(p -> p.getFileName().toString()))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("the report folder " + folder + " cannot be listed", e);
        }
    }

    private Report report(long jobExecutionId, Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                LinkOption.NOFOLLOW_LINKS);
            long size = attributes.size();
            long modified = attributes.lastModifiedTime().toMillis();
            Checksum known = checksums.getIfPresent(file);
            if (known == null || known.size() != size || known.modified() != modified) {
                known = new Checksum(size, modified, sha256(file));
                checksums.put(file, known);
            }
            String fileName = file.getFileName().toString();
            return new Report(RunFolder.reportName(jobExecutionId, fileName),
                ReportWriter.policyOf(fileName).orElse(null), jobExecutionId, fileName, size, known.sha256(),
                attributes.lastModifiedTime().toInstant(), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("the report " + file + " cannot be read", e);
        }
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
