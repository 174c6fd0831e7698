package org.surgepolicy.application.port.in;

/** Record that an import's job failed: nothing was published, and the import can be resumed. */
public interface FailImportUseCase {

    void fail(long importId, String reason);
}
