package org.surgepolicy.application.imports.port.out;

import java.time.Instant;
import org.surgepolicy.domain.imports.ImportState;
import org.surgepolicy.domain.imports.ImportStatus;

/**
 * Moves imports from one state of their lifecycle to the next ({@link ImportState} says which moves there are), each
 * in one statement, so that of two moves at once the one that no longer starts from what it saw changes nothing.
 */
public interface ImportStates {

    /** What asking to queue an import again came to. */
    enum Requeue {
        /** It is queued again, its attempt moved on, for the given node. */
        REQUEUED,
        /** Its status or attempt was no longer the one seen: another request or its job moved it first. */
        MOVED,
        /** Another import of the same file is queued or running. */
        SAME_FILE_ACTIVE
    }

    /**
     * Queues an import again for a node, at an instant, in one statement that holds only while the import still has
     * the status and the attempt that the caller saw, so that of two restarts at once exactly one wins.
     */
    Requeue requeue(long id, ImportStatus seenStatus, long seenAttempt, String node, Instant queuedAt);

    /**
     * Ends a queued or running import as failed, unless it was restarted since the caller saw {@code seenAttempt};
     * returns whether it did.
     */
    boolean failAttempt(long id, long seenAttempt, ImportState.Failed failed);

    /** Says what a queued import waits for, while it is still queued at {@code seenAttempt}. */
    void markWaiting(long id, long seenAttempt, ImportState.Queued waiting);

    /** Marks the import running under a job execution. Refused (false) when another import of its file is active. */
    boolean markRunning(long id, long jobExecutionId);

    /** Ends the import: completed, rejected or failed. */
    void finish(long id, ImportState.Ended ended);
}
