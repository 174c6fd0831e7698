package org.surgepolicy.adapter.persistence.change;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * When the data as it is now (the ledger's version, the overrides, the activation decisions) last changed, so that a
 * read of it may be answered from memory while nothing has. Every change moves a generation on: a writer of this
 * process once its transaction ends ({@link #versionChanged}), and any writer of the database, this process's or
 * another's, through the notification its commit sends ({@link PostgresChangeListener}). A kept read serves only the
 * generation it was read in.
 * <p>
 * Reads are kept only while the notifications are received ({@link #isLive}): on PostgreSQL, while the listener's
 * connection listens. Otherwise (H2, or the listener between connections) every read goes to the database, since a
 * change made elsewhere could not be seen. A writing transaction always reads the database: it must see its own writes
 * and lock what it reads.
 * <p>
 * What another node commits reaches this one with its notification, a few milliseconds later; what this node commits
 * is seen by its next read, since its writer moves the generation on before it answers.
 */
public final class ChangeWatch {

    private record Kept(long generation, Object value) {
    }

    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();
    private volatile boolean live;

    /**
     * The read {@code read} under {@code key}: kept from an earlier call when nothing has changed since, and while the
     * notifications are received; otherwise read now. {@code read} must return a value that nobody changes.
     */
    @SuppressWarnings("unchecked")
    public <T> T current(String key, Supplier<T> read) {
        if (!live || writing()) {
            return read.get();
        }
        // The generation is taken before the read: a change committed during the read moves it on, so what was read
        // is not served in the new generation.
        long seen = generation.get();
        Kept known = kept.get(key);
        if (known != null && known.generation == seen) {
            return (T) known.value;
        }
        T value = read.get();
        kept.put(key, new Kept(seen, value));
        return value;
    }

    /**
     * Called by a writer that changed a version in its transaction: once that transaction ends, the next read of this
     * process reads again. Without a transaction, the change is taken as made.
     */
    public void versionChanged() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    changed();
                }
            });
        } else {
            changed();
        }
    }

    /** Something changed in the database: every kept read is read again. */
    public void changed() {
        generation.incrementAndGet();
    }

    /** The notifications are received from now on; whatever was missed before is read again. */
    public void listening() {
        generation.incrementAndGet();
        live = true;
    }

    /** The notifications may be missed from now on: reads go to the database until {@link #listening} again. */
    public void lost() {
        live = false;
        generation.incrementAndGet();
    }

    /** Whether reads may be kept: the notifications of every change are received. */
    public boolean isLive() {
        return live;
    }

    /** How many changes (and losses of the notifications) this process has seen since it started. */
    public long generation() {
        return generation.get();
    }

    private static boolean writing() {
        return TransactionSynchronizationManager.isActualTransactionActive()
            && !TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
