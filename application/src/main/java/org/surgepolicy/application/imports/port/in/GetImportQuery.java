package org.surgepolicy.application.imports.port.in;

import java.util.Optional;
import java.util.function.Consumer;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.imports.ImportRun;

/** An import's status and counts, and its rejected lines. */
public interface GetImportQuery {

    Optional<ImportRun> find(long importId);

    /** Streams the import's rejected lines in line order; false when the import is unknown. */
    boolean rejects(long importId, Consumer<ImportLine.Rejected> reject);
}
