package org.surgepolicy.domain.imports;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.surgepolicy.domain.tally.TallyKey;

/**
 * Watches a daily file's lines as they are read, from its first line on, and proves that its rows' keys are distinct
 * while keeping only the keys of one date: when the rows come in order of their date (as daily files do), the rows of
 * one key, which share its date, come within that date's run of rows, so that a key repeated anywhere in the file is
 * a key repeated within its date's run. A line out of turn (not the one after the last line seen: one seen again, one
 * missed, a file read from the middle), a row dated before the one above it, a key seen twice in its date's run or a
 * line that is no daily row leaves the watch without its proof for good: whoever needs the proof then looks at the
 * rows themselves. Rejected lines hold no row and count only as lines.
 *
 * <p>The proof is sound, never complete: it may be missing for a file whose keys are distinct (a blank line read as
 * no line at all, a file in another order), but it holds only if the lines seen hold no key twice. What it keeps is
 * bounded by the domain's codes, not by the file: the keys of one date (components, areas, demographics, the known
 * citizenships and the encounter types), some thousands at most.
 */
public final class DistinctKeyWatch {

    /** The first line after the header, where a watch starts. */
    public static final long FIRST_LINE = 2;

    private long lastLine = FIRST_LINE - 1;
    private LocalDate date;
    private final Set<TallyKey> keysOfDate = new HashSet<>();
    private boolean proven = true;

    /** Sees the lines of a chunk, in the order read. */
    public void see(List<? extends ImportLine> lines) {
        for (ImportLine line : lines) {
            see(line);
        }
    }

    /** Sees the next line read. */
    public void see(ImportLine line) {
        if (!proven) {
            return;
        }
        if (line.lineNumber() != lastLine + 1) {
            lose();
            return;
        }
        lastLine = line.lineNumber();
        switch (line) {
            case ImportLine.TallyLine tally -> see(tally.tally().key());
            case ImportLine.StatisticLine _ -> lose();
            case ImportLine.Rejected _ -> {
            }
        }
    }

    private void see(TallyKey key) {
        if (date == null || key.date().isAfter(date)) {
            date = key.date();
            keysOfDate.clear();
        } else if (key.date().isBefore(date)) {
            lose();
            return;
        }
        if (!keysOfDate.add(key)) {
            lose();
        }
    }

    private void lose() {
        proven = false;
        keysOfDate.clear();
    }

    /** Whether the rows of the lines seen so far, from the first line on, have distinct keys. */
    public boolean proven() {
        return proven;
    }

    /** The last line seen in turn (the line before {@link #FIRST_LINE} when none was). */
    public long lastLine() {
        return lastLine;
    }
}
