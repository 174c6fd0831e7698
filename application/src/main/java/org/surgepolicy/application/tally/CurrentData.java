package org.surgepolicy.application.tally;

import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.tally.DailyAggregates;

/**
 * The maintained daily aggregate, held in memory and brought up to date from the ledger's version: a read costs one
 * small query when nothing changed, and reads only the changed days when something did.
 */
public final class CurrentData {

    /** Beyond this many changed days, reading everything again is cheaper than patching. */
    private static final int PATCH_LIMIT = 2_000;
    private static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 31);

    /** The aggregates as they are at a version of the ledger. */
    public record Snapshot(long version, DailyAggregates data) {
    }

    private final TallyLedger ledger;
    private volatile Snapshot snapshot;

    public CurrentData(TallyLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * The current aggregates. A read-only caller may keep what it read for the next caller; a caller inside a
     * writing transaction must not ({@code keep = false}), since its writes may yet roll back.
     */
    public DailyAggregates read(boolean keep) {
        Snapshot read = load();
        if (keep) {
            share(read);
        }
        return read.data;
    }

    /**
     * The current aggregates with their version, for a caller inside a writing transaction: once that transaction
     * has committed, it may {@link #share} them, so that the readers of that version need not read them again.
     */
    public Snapshot readWriting() {
        return load();
    }

    /** Keeps a snapshot of committed data for the next readers, unless a newer one is kept already. */
    public void share(Snapshot committed) {
        Snapshot current = snapshot;
        if (current == null || current.version < committed.version) {
            snapshot = committed;
        }
    }

    private Snapshot load() {
        long version = ledger.version();
        Snapshot known = snapshot;
        if (known != null && known.version == version) {
            return known;
        }
        DailyAggregates data;
        if (known == null) {
            data = ledger.aggregates(FIRST, LAST);
        } else {
            List<LocalDate> changed = ledger.daysChangedSince(known.version);
            data = changed.size() > PATCH_LIMIT
                ? ledger.aggregates(FIRST, LAST)
                : known.data.withDays(ledger.aggregates(changed).days());
        }
        return new Snapshot(version, data);
    }

    /** Forgets what was read, so that the next read starts from the ledger. */
    public void forget() {
        snapshot = null;
    }
}
