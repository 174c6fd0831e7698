package org.surgepolicy.application.port.in;

/**
 * Record that an import's job failed: nothing was published, and the import can be resumed (its staged rows are kept
 * for that: the resumed job reads on from its last committed chunk).
 */
public interface FailImportUseCase {

    void fail(long importId, String reason);
}
