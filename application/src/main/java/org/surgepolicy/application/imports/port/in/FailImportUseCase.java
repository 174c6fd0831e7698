package org.surgepolicy.application.imports.port.in;

import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.imports.ImportRun;

/**
 * Record that an import's job failed, or could not be started: nothing was published, and the import can be resumed
 * (its staged rows are kept for that: the resumed job reads on from its last committed chunk).
 */
public interface FailImportUseCase {

    /** Ends a queued or running import as failed, and answers with it; a Conflict when it was neither. */
    Outcome<ImportRun> fail(long importId, String reason);

    /**
     * Ends the import as failed only if it is still queued or running at the attempt the caller saw (a restart since
     * then owns it), and answers with it; a Conflict when it had moved on.
     */
    Outcome<ImportRun> fail(long importId, long seenAttempt, String reason);
}
