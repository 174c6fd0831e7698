package org.surgepolicy.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HeadDigestTest {

    private static final HeadDigest.Key KEY = new HeadDigest.Key("k".repeat(32).getBytes(StandardCharsets.UTF_8));
    private static final Instant AT = Instant.parse("2025-01-02T03:04:05Z");

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry previous = null;
        for (int i = 0; i < length; i++) {
            previous = AuditChain.append(previous, event("summary " + i));
            entries.add(previous);
        }
        return entries;
    }

    private static AuditEvent event(String summary) {
        return new AuditEvent(AT, "system", "TEST_EVENT", "subject", "0".repeat(64), summary);
    }

    private static AuditChain.Verification check(List<AuditEntry> entries, HeadDigest digest) {
        AuditChain.Walker walker = new AuditChain.Walker();
        entries.stream().filter(e -> e.sequence() <= digest.sequence()).forEach(walker::accept);
        return walker.finishAgainst(digest);
    }

    @Test
    void aDigestIsSignedWithItsKeyAndNoOther() {
        HeadDigest digest = HeadDigest.sign(4, "a".repeat(64), AT, KEY);

        assertThat(digest.signedWith(KEY)).isTrue();
        assertThat(digest.signedWith(new HeadDigest.Key("x".repeat(32).getBytes(StandardCharsets.UTF_8)))).isFalse();
        assertThat(new HeadDigest(5, digest.hash(), AT, digest.signature()).signedWith(KEY)).isFalse();
        assertThat(new HeadDigest(4, digest.hash(), AT.plusSeconds(1), digest.signature()).signedWith(KEY)).isFalse();
        assertThat(digest.signedText()).isEqualTo("surge-audit-digest-v1\n4\n" + "a".repeat(64)
            + "\n2025-01-02T03:04:05Z");
    }

    @Test
    void aKeyIsAtLeast32BytesAndNeverShown() {
        assertThatThrownBy(() -> new HeadDigest.Key(new byte[31])).hasMessage("a digest key must have at least 32"
            + " bytes, had 31");
        assertThat(KEY.toString()).isEqualTo("HeadDigest.Key[32 bytes]");
    }

    @Test
    void aChainThatStillEndsInTheSignedHashIsIntact() {
        List<AuditEntry> entries = chain(4);
        HeadDigest digest = HeadDigest.sign(4, entries.get(3).hash(), AT, KEY);

        assertThat(check(entries, digest).intact()).isTrue();
        assertThat(check(entries, digest).entriesChecked()).isEqualTo(4);
    }

    @Test
    void aHeadRewrittenWithItsHashIsNamed() {
        List<AuditEntry> entries = new ArrayList<>(chain(4));
        HeadDigest digest = HeadDigest.sign(4, entries.get(3).hash(), AT, KEY);
        entries.set(3, AuditChain.append(entries.get(2), event("rewritten")));

        AuditChain.Verification verification = check(entries, digest);

        assertThat(verification.firstBrokenSequence()).isEqualTo(4);
        assertThat(verification.reason()).startsWith("entry 4: its hash is not the one the digest signed at "
            + "2025-01-02T03:04:05Z");
    }

    @Test
    void aChainCutShortIsNamedAtItsFirstMissingEntry() {
        List<AuditEntry> entries = chain(4);
        HeadDigest digest = HeadDigest.sign(4, entries.get(3).hash(), AT, KEY);

        AuditChain.Verification verification = check(entries.subList(0, 2), digest);

        assertThat(verification.firstBrokenSequence()).isEqualTo(3);
        assertThat(verification.reason()).isEqualTo("entry 3: the chain is shorter than the digest: it ends at"
            + " entry 2 but the digest signed entry 4 at 2025-01-02T03:04:05Z: entries were removed from its end");
    }

    @Test
    void aBreakInsideTheChainIsNamedFirst() {
        List<AuditEntry> entries = new ArrayList<>(chain(4));
        HeadDigest digest = HeadDigest.sign(4, entries.get(3).hash(), AT, KEY);
        AuditEntry second = entries.get(1);
        entries.set(1, new AuditEntry(2, event("changed"), second.previousHash(), second.hash()));

        assertThat(check(entries, digest).firstBrokenSequence()).isEqualTo(2);
    }

    @Test
    void aDigestValidatesItsFields() {
        assertThatThrownBy(() -> new HeadDigest(-1, "xyz", null, "no")).hasMessageContaining("sequence")
            .hasMessageContaining("hash").hasMessageContaining("instant").hasMessageContaining("signature");
    }
}
