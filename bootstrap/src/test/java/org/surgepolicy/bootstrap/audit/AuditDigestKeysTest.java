package org.surgepolicy.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.surgepolicy.domain.audit.HeadDigest;

class AuditDigestKeysTest {

    private static final Instant AT = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path folder;

    private static boolean sameKey(HeadDigest.Key one, HeadDigest.Key other) {
        return HeadDigest.sign(1, "a".repeat(64), AT, one).signedWith(other);
    }

    @Test
    void aConfiguredKeyIsUsedAsItIsAndNoFileIsMade() {
        HeadDigest.Key key = AuditDigestKeys.resolve("s".repeat(32), folder.resolve("key"), true);

        assertThat(sameKey(key, new HeadDigest.Key("s".repeat(32).getBytes(StandardCharsets.UTF_8)))).isTrue();
        assertThat(folder.resolve("key")).doesNotExist();
    }

    @Test
    void aConfiguredKeyShorterThan32BytesStopsTheStart() {
        assertThatThrownBy(() -> AuditDigestKeys.resolve("short", folder.resolve("key"), false))
            .isInstanceOf(AuditDigestKeyException.class)
            .hasMessage("surge.audit.digest-key has 5 bytes; a key that signs the audit digests needs at least 32");
    }

    @Test
    void theProdProfileRefusesToStartWithoutAKeyAndSaysWhatToSet() {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(
            () -> AuditDigestKeys.resolve("", folder.resolve("key"), true));

        assertThat(failure).isInstanceOf(AuditDigestKeyException.class).hasMessage("the prod profile is active but"
            + " surge.audit.digest-key is not set: the audit digests need a key kept outside the database");
        FailureAnalysis analysis = new AuditDigestKeyFailureAnalyzer().analyze(failure);
        assertThat(analysis.getAction()).startsWith("Set surge.audit.digest-key (for example the environment"
            + " variable SURGE_AUDIT_DIGEST_KEY) to a secret of at least 32 bytes");
        assertThat(folder.resolve("key")).doesNotExist();
    }

    @Test
    void withoutAKeyOneIsMadeOnceForTheDataFolderReadableByItsOwnerOnly() throws IOException {
        Path file = folder.resolve("data").resolve("audit-digest.key");

        HeadDigest.Key made = AuditDigestKeys.resolve(null, file, false);
        HeadDigest.Key again = AuditDigestKeys.resolve("", file, false);

        assertThat(file).exists();
        assertThat(Files.readString(file).strip()).hasSize(64);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(sameKey(made, again)).isTrue();
        assertThat(sameKey(made, AuditDigestKeys.resolve(null, folder.resolve("other.key"), false))).isFalse();
    }
}
