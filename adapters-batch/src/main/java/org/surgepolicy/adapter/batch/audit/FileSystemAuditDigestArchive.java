package org.surgepolicy.adapter.batch.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.surgepolicy.application.audit.port.out.AuditDigestArchive;
import org.surgepolicy.domain.audit.HeadDigest;

/**
 * The digests in a folder beside the reports, one file each, named by the entry and the instant they sign
 * ({@code audit-digest-000042-20250101T023000Z.json}), so that none replaces another; each written beside its name and
 * moved into place.
 */
public final class FileSystemAuditDigestArchive implements AuditDigestArchive {

    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX")
        .withZone(ZoneOffset.UTC);

    private final Path folder;

    public FileSystemAuditDigestArchive(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public String keep(HeadDigest digest) {
        Path target = folder.resolve(String.format("audit-digest-%06d-%s.json", digest.sequence(),
            INSTANT.format(digest.instant())));
        Path partial = folder.resolve(target.getFileName() + ".partial");
        try {
            Files.createDirectories(folder);
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                AuditDigestFile.write(digest, out);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("the audit digest could not be written to " + folder, e);
        }
    }
}
