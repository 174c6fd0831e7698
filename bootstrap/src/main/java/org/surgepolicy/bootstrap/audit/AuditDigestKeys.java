package org.surgepolicy.bootstrap.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.surgepolicy.domain.audit.HeadDigest;

/**
 * The key that signs the audit digests: {@code surge.audit.digest-key} (its UTF-8 bytes, at least 32), which the
 * prod profile requires. Elsewhere, without it, a key is made once for the data folder and kept in
 * {@code surge.audit.digest-key-file}, and the log says so: its digests are only as safe as that file.
 */
public final class AuditDigestKeys {

    private static final Logger LOG = LoggerFactory.getLogger(AuditDigestKeys.class);
    private static final int GENERATED_BYTES = 48;

    private AuditDigestKeys() {
    }

    public static HeadDigest.Key resolve(String configured, Path file, boolean production) {
        if (configured != null && !configured.isBlank()) {
            byte[] secret = configured.getBytes(StandardCharsets.UTF_8);
            if (secret.length < HeadDigest.Key.MIN_BYTES) {
                throw new AuditDigestKeyException("surge.audit.digest-key has " + secret.length + " bytes; a key"
                    + " that signs the audit digests needs at least " + HeadDigest.Key.MIN_BYTES);
            }
            return new HeadDigest.Key(secret);
        }
        if (production) {
            throw new AuditDigestKeyException("the prod profile is active but surge.audit.digest-key is not set:"
                + " the audit digests need a key kept outside the database");
        }
        return new HeadDigest.Key(generatedOrKept(file).getBytes(StandardCharsets.UTF_8));
    }

    private static String generatedOrKept(Path file) {
        try {
            if (Files.exists(file)) {
                return read(file);
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            byte[] random = new byte[GENERATED_BYTES];
            new SecureRandom().nextBytes(random);
            String key = Base64.getEncoder().encodeToString(random);
            try {
                Files.writeString(file, key + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            } catch (FileAlreadyExistsException madeMeanwhile) {
                return read(file);
            }
            if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            LOG.warn("No surge.audit.digest-key is configured: the audit digests are signed with a key made for this"
                + " data folder and kept in {}. Set surge.audit.digest-key to a secret kept away from the database"
                + " (the prod profile requires it).", file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("the audit digest key could not be kept in " + file, e);
        }
    }

    private static String read(Path file) throws IOException {
        String key = Files.readString(file, StandardCharsets.UTF_8).strip();
        if (key.getBytes(StandardCharsets.UTF_8).length < HeadDigest.Key.MIN_BYTES) {
            throw new AuditDigestKeyException(file.toAbsolutePath() + " holds a key of fewer than "
                + HeadDigest.Key.MIN_BYTES + " bytes; remove it to have a new one made, or set surge.audit.digest-key");
        }
        return key;
    }
}
