package org.surgepolicy.application.imports;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.surgepolicy.domain.imports.DistinctKeyWatch;
import org.surgepolicy.domain.imports.ImportLine;

/**
 * The imports whose staging this process watches for distinct keys (a {@link DistinctKeyWatch} each), so that the
 * publish of a daily file read whole in date order needs no look at its staged rows for keys that repeat. A watch
 * starts with a chunk that begins at the file's first line and lasts one job run: its publish takes it, and the end of
 * the run forgets it, so that a run resumed from the middle of the file (in this process or another) has none and
 * looks at the rows. Chunks that a transaction rolls back have been seen all the same: a chunk read again comes out of
 * turn, which loses the proof, never makes one.
 */
public final class DistinctKeyWatches {

    private final Map<Long, DistinctKeyWatch> watches = new ConcurrentHashMap<>();

    /** Sees a chunk of an import's lines, in the order read; a chunk from the first line on starts a watch. */
    public void see(long importId, List<? extends ImportLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        DistinctKeyWatch watch = lines.getFirst().lineNumber() == DistinctKeyWatch.FIRST_LINE
            ? watches.compute(importId, (id, any) -> new DistinctKeyWatch()) : watches.get(importId);
        if (watch != null) {
            watch.see(lines);
        }
    }

    /**
     * Whether the lines of the import that this process saw, from the first line of its file on, have distinct keys;
     * the watch ends. The caller knows that they are the whole file (its staging step read it to the end).
     */
    public boolean takeProof(long importId) {
        DistinctKeyWatch watch = watches.remove(importId);
        return watch != null && watch.proven();
    }

    /** Forgets the import's watch, if any: its job run has ended. */
    public void forget(long importId) {
        watches.remove(importId);
    }
}
