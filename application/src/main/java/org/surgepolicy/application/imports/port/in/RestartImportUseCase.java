package org.surgepolicy.application.imports.port.in;

import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.imports.ImportRun;

/**
 * Resume an import from its last committed chunk: a failed one, or one left queued or running without a job that will
 * move it (its launch never happened, or its node died).
 */
public interface RestartImportUseCase {

    /**
     * The import queued again and its job started (or waiting for a slot); NotFound for an unknown id; a Conflict
     * when it cannot be restarted now (it ended, its job is alive, or another restart won), and nothing changed.
     */
    Outcome<ImportRun> restart(long importId);
}
