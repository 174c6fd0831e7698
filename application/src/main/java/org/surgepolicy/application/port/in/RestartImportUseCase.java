package org.surgepolicy.application.port.in;

import org.surgepolicy.application.port.out.ImportRun;

/** Resume a failed import from its last committed chunk. */
public interface RestartImportUseCase {

    /** NotFound for an unknown import; Invalid when the import did not fail (only a failed import resumes). */
    Outcome<ImportRun> restart(long importId);
}
