package org.surgepolicy.application.fakes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.application.audit.port.in.AuditPage;
import org.surgepolicy.application.audit.port.out.AuditTrail;
import org.surgepolicy.domain.audit.AuditChain;
import org.surgepolicy.domain.audit.AuditEntry;
import org.surgepolicy.domain.audit.AuditEvent;
import org.surgepolicy.domain.audit.HeadDigest;

/**
 * The audit trail in memory, chained by the domain's {@link AuditChain}; lists newest first. An append is its own
 * commit, so its entry carries the clock's instant.
 */
public final class InMemoryAuditTrail implements AuditTrail {

    private final Clock clock;
    private final List<AuditEntry> entries = new ArrayList<>();

    public InMemoryAuditTrail(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void append(AuditEvent event) {
        AuditEvent committed = new AuditEvent(clock.instant(), event.actor(), event.action(), event.subject(),
            event.payloadDigest(), event.summary());
        entries.add(AuditChain.append(entries.isEmpty() ? null : entries.getLast(), committed));
    }

    @Override
    public synchronized AuditPage list(Filter filter, int page, int size) {
        List<AuditEntry> matching = entries.reversed().stream().filter(e -> matches(filter, e.event())).toList();
        int first = (int) Math.min((long) page * size, matching.size());
        int last = Math.min(first + size, matching.size());
        return new AuditPage(List.copyOf(matching.subList(first, last)), matching.size(), page, size);
    }

    private static boolean matches(Filter filter, AuditEvent event) {
        return (filter.from() == null || !event.at().isBefore(filter.from()))
            && (filter.to() == null || !event.at().isAfter(filter.to()))
            && (filter.actor() == null || filter.actor().equals(event.actor()))
            && (filter.action() == null || filter.action().equals(event.action()));
    }

    @Override
    public synchronized AuditChain.Verification verify() {
        AuditChain.Walker walker = new AuditChain.Walker();
        for (AuditEntry entry : entries) {
            Optional<AuditChain.Verification> broken = walker.accept(entry);
            if (broken.isPresent()) {
                return broken.get();
            }
        }
        return walker.finish(entries.isEmpty() ? 0 : entries.getLast().sequence());
    }

    @Override
    public synchronized Head head() {
        return entries.isEmpty() ? new Head(0, AuditChain.GENESIS)
            : new Head(entries.getLast().sequence(), entries.getLast().hash());
    }

    @Override
    public synchronized AuditChain.Verification verifyAgainst(HeadDigest digest) {
        AuditChain.Walker walker = new AuditChain.Walker();
        entries.stream().filter(e -> e.sequence() <= digest.sequence()).forEach(walker::accept);
        return walker.finishAgainst(digest);
    }

    /** Replaces the last entry by one with another event, linked and hashed as a rewrite of the head would be. */
    public synchronized void rewriteLast(AuditEvent event) {
        AuditEntry removed = entries.removeLast();
        entries.add(AuditChain.next(removed.sequence() - 1, removed.previousHash(), event));
    }

    /** Every entry, oldest first. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** The events' actions, oldest first. */
    public synchronized List<String> actions() {
        return entries.stream().map(e -> e.event().action()).toList();
    }
}
