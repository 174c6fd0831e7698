package org.surgepolicy.domain.imports;

import java.time.Instant;
import java.util.Objects;

/**
 * Where an import stands in its lifecycle, and what it knows there. Transitions are methods that return the next
 * state: an ended import has none, so that completing a failed one, say, cannot be written.
 */
public sealed interface ImportState {

    /** The state's name, as the API and the import records say it. */
    ImportStatus status();

    /** Why it failed or was rejected, or what a queued import waits for; null otherwise. */
    String message();

    /** When it ended, or null while it is under way. */
    Instant finishedAt();

    /** The state of a stored import, from its name, message and end. */
    static ImportState of(ImportStatus status, String message, Instant finishedAt) {
        return switch (status) {
            case QUEUED -> new Queued(message);
            case RUNNING -> new Running();
            case COMPLETED -> new Completed(finishedAt);
            case REJECTED -> new Rejected(message, finishedAt);
            case FAILED -> new Failed(message, finishedAt);
        };
    }

    /** Under way: its job is to start, or runs. A second import of the same file is refused meanwhile. */
    sealed interface Active extends ImportState {

        /** The job failed or was cut off: nothing was published, and the import can be resumed. */
        default Failed fail(String reason, Instant at) {
            return new Failed(reason, at);
        }

        /** Queued again, for a job that resumes it from its last committed chunk (its own job is gone). */
        default Queued requeue() {
            return new Queued(null);
        }

        @Override
        default Instant finishedAt() {
            return null;
        }
    }

    /** At its end: completed, rejected or failed. */
    sealed interface Ended extends ImportState {
    }

    /**
     * Stored and waiting for its job to start, or for one of its node's import slots to free.
     *
     * @param waitingFor what it waits for, or null
     */
    record Queued(String waitingFor) implements Active {

        @Override
        public ImportStatus status() {
            return ImportStatus.QUEUED;
        }

        @Override
        public String message() {
            return waitingFor;
        }

        /** Its job starts reading the file. */
        public Running start() {
            return new Running();
        }

        /** Still queued, saying what for. */
        public Queued waiting(String why) {
            return new Queued(Objects.requireNonNull(why, "why"));
        }
    }

    /** Its job is reading, staging or publishing the file. */
    record Running() implements Active {

        @Override
        public ImportStatus status() {
            return ImportStatus.RUNNING;
        }

        @Override
        public String message() {
            return null;
        }

        /** Every valid row is published. */
        public Completed complete(Instant at) {
            return new Completed(at);
        }

        /** More lines were rejected than the import allows: nothing was published. */
        public Rejected reject(String reason, Instant at) {
            return new Rejected(reason, at);
        }
    }

    /** Every valid row is published. */
    record Completed(Instant finishedAt) implements Ended {

        @Override
        public ImportStatus status() {
            return ImportStatus.COMPLETED;
        }

        @Override
        public String message() {
            return null;
        }
    }

    /** More lines were rejected than the import allows: nothing was published. */
    record Rejected(String reason, Instant finishedAt) implements Ended {

        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }

        @Override
        public ImportStatus status() {
            return ImportStatus.REJECTED;
        }

        @Override
        public String message() {
            return reason;
        }
    }

    /** The job failed or was cut off: nothing was published, and the import can be resumed. */
    record Failed(String reason, Instant finishedAt) implements Ended {

        @Override
        public ImportStatus status() {
            return ImportStatus.FAILED;
        }

        @Override
        public String message() {
            return reason;
        }

        /** Queued again, for a job that resumes it from its last committed chunk. */
        public Queued requeue() {
            return new Queued(null);
        }
    }
}
