package org.surgepolicy.application.imports.port.in;

/**
 * Record that an import's job has ended: unless it completed, the import failed with the job's reason (it can be
 * resumed, so its file is kept); once the import has ended for good, its file is let go.
 */
public interface EndImportJobUseCase {

    /** @param failure why the job did not complete, or null when it did */
    void ended(long importId, String failure);
}
