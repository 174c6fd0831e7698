package org.surgepolicy.adapter.batch.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.surgepolicy.application.audit.port.out.AuditDigestArchive;
import org.surgepolicy.application.contracts.AuditDigestArchiveContract;
import org.surgepolicy.domain.audit.HeadDigest;

/** The digests' folder keeps the port's contract, each digest a JSON file named by its entry and instant. */
class FileSystemAuditDigestArchiveTest extends AuditDigestArchiveContract {

    @TempDir
    Path folder;

    @Override
    protected AuditDigestArchive archive() {
        return new FileSystemAuditDigestArchive(folder.resolve("digests"));
    }

    @Test
    void eachDigestIsAFileNamedByItsEntryAndInstantHoldingItsFields() throws Exception {
        HeadDigest digest = digest(42, T1);

        Path kept = Path.of(archive().keep(digest));

        assertThat(kept.getFileName().toString()).isEqualTo("audit-digest-000042-20250101T023000Z.json");
        assertThat(Files.readString(kept)).contains("\"sequence\"").contains("42").contains(digest.hash())
            .contains(digest.signature());
        assertThat(folder.resolve("digests")).isDirectoryNotContaining("glob:**.partial");
    }
}
