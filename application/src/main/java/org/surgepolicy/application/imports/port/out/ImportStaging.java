package org.surgepolicy.application.imports.port.out;

import java.util.List;
import java.util.function.Consumer;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.imports.ImportRun;

/** An import's lines: staged until its file is read whole, then published or discarded; and its rejected lines. */
public interface ImportStaging {

    /**
     * Stages a chunk of lines in the caller's transaction: valid rows to publish later, rejects to report. A line
     * already staged for the import is left as it is. Adds the chunk's lines to the import's lines read.
     */
    void stage(long id, List<ImportLine> lines);

    /**
     * Rejects every staged row whose key an earlier line of the same file already holds (set-based), naming the
     * earlier line; returns how many were rejected.
     */
    long rejectDuplicateKeys(long id, ImportFormat format);

    /** Counts the import's rejected lines and staged rows into its record, and returns the record. */
    ImportRun count(long id);

    /** Records what a publish did. */
    void recordPublished(long id, long revised, long unchanged);

    /**
     * Removes the import's staged rows: when it is rejected, or once its statistics are published (a publish into the
     * tally ledger takes out the rows it publishes itself).
     */
    void discardStaged(long id);

    /** Streams the rejected lines in line order. */
    void forEachReject(long id, Consumer<ImportLine.Rejected> reject);
}
