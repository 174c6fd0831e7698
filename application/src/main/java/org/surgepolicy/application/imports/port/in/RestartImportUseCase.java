package org.surgepolicy.application.imports.port.in;

import org.surgepolicy.domain.imports.ImportRun;

/**
 * Resume an import from its last committed chunk: a failed one, or one left queued or running without a job that will
 * move it (its launch never happened, or its node died).
 */
public interface RestartImportUseCase {

    Result restart(long importId);

    /** What a restart yields. */
    sealed interface Result {
    }

    /** The import is queued again and its job started (or waiting for a slot). */
    record Restarted(ImportRun run) implements Result {
    }

    /** No import has this id. */
    record NotFound(long importId) implements Result {
    }

    /** The import cannot be restarted now (it ended, its job is alive, or another restart won): nothing changed. */
    record Conflict(String reason) implements Result {
    }
}
