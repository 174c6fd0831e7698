package org.surgepolicy.application.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.audit.port.out.AuditDigestArchive;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.HeadDigest;

/** What every {@link AuditDigestArchive} must do, run by each implementation's subclass. */
public abstract class AuditDigestArchiveContract {

    protected static final HeadDigest.Key KEY = new HeadDigest.Key(new byte[32]);
    protected static final Instant T1 = Instant.parse("2025-01-01T02:30:00Z");

    /** The archive under test, empty. */
    protected abstract AuditDigestArchive archive();

    /** A digest of the chain's head at entry {@code sequence}, signed at {@code at}. */
    protected static HeadDigest digest(long sequence, Instant at) {
        return HeadDigest.sign(sequence, AuditChain.GENESIS, at, KEY);
    }

    @Test
    void aKeptDigestIsSomewhere() {
        assertThat(archive().keep(digest(42, T1))).isNotBlank();
    }

    @Test
    void digestsOfOtherEntriesOrInstantsAreKeptApart() {
        AuditDigestArchive archive = archive();

        String first = archive.keep(digest(42, T1));
        String laterEntry = archive.keep(digest(43, T1));
        String laterInstant = archive.keep(digest(42, T1.plusSeconds(60)));

        assertThat(first).isNotEqualTo(laterEntry).isNotEqualTo(laterInstant);
        assertThat(laterEntry).isNotEqualTo(laterInstant);
    }

    @Test
    void theSameDigestKeptAgainIsInTheSamePlace() {
        AuditDigestArchive archive = archive();

        assertThat(archive.keep(digest(42, T1))).isEqualTo(archive.keep(digest(42, T1)));
    }
}
