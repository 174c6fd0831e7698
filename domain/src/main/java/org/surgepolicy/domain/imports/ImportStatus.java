package org.surgepolicy.domain.imports;

/** The name of an import's state ({@link ImportState}), as the API, the metrics and the import records say it. */
public enum ImportStatus {
    /** Stored and waiting for its job to start (or for one of its node's import slots to free). */
    QUEUED,
    /** Its job is reading, staging or publishing the file. */
    RUNNING,
    /** Every valid row is published. */
    COMPLETED,
    /** More lines were rejected than the import allows: nothing was published. */
    REJECTED,
    /** The job failed or was cut off: nothing was published, and the import can be resumed. */
    FAILED;

    /** Whether the import is under way (a second import of the same file is refused meanwhile). */
    public boolean active() {
        return this == QUEUED || this == RUNNING;
    }

    /** Whether the import has reached its end. */
    public boolean finished() {
        return this == COMPLETED || this == REJECTED;
    }
}
