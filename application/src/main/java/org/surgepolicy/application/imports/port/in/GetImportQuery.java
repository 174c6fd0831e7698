package org.surgepolicy.application.imports.port.in;

import java.util.function.Consumer;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.imports.ImportRun;

/** An import's status and counts, and its rejected lines. */
public interface GetImportQuery {

    /** NotFound when no import has that id. */
    Outcome<ImportRun> find(long importId);

    /** Streams the import's rejected lines in line order, and answers with the import; NotFound when unknown. */
    Outcome<ImportRun> rejects(long importId, Consumer<ImportLine.Rejected> reject);
}
