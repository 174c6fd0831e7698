package org.surgepolicy.adapter.batch.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.surgepolicy.application.imports.port.out.ImportFiles;
import org.surgepolicy.application.imports.port.out.StoredFile;

/** Uploaded files in the import folder, each streamed to its own file through a SHA-256 digest. */
public final class FileSystemImportFiles implements ImportFiles {

    private final Path folder;

    public FileSystemImportFiles(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    @Override
    public StoredFile store(InputStream content) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve("upload-" + UUID.randomUUID() + ".csv");
        MessageDigest digest = sha256();
        long size;
        try (InputStream in = new DigestInputStream(content, digest); OutputStream out = Files.newOutputStream(file)) {
            size = in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new StoredFile(file.toString(), HexFormat.of().formatHex(digest.digest()), size);
    }

    @Override
    public void delete(String location) {
        Path file = Path.of(location).toAbsolutePath().normalize();
        if (!file.startsWith(folder)) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + file, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
