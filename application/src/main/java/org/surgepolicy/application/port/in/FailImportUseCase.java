package org.surgepolicy.application.port.in;

/**
 * Record that an import's job failed, or could not be started: nothing was published, and the import can be resumed
 * (its staged rows are kept for that: the resumed job reads on from its last committed chunk).
 */
public interface FailImportUseCase {

    /** Ends the import as failed, unless it has ended already. */
    void fail(long importId, String reason);

    /**
     * Ends the import as failed only if it is still queued or running at the attempt the caller saw (a restart since
     * then owns it); returns whether it did.
     */
    boolean fail(long importId, long seenAttempt, String reason);
}
