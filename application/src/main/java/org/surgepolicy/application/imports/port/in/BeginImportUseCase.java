package org.surgepolicy.application.imports.port.in;

/** Start an import's job on its file: the import is running under that job execution from now on. */
public interface BeginImportUseCase {

    /** Marks the import running; false when another import of the same file is under way (nothing changed). */
    boolean begin(long importId, long jobExecutionId);
}
