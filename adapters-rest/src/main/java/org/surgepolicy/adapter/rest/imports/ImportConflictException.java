package org.surgepolicy.adapter.rest.imports;

import org.springframework.web.ErrorResponseException;
import org.surgepolicy.adapter.rest.error.ProblemType;

/** A file with the same checksum is being imported: 409, naming the import that runs. */
class ImportConflictException extends ErrorResponseException {

    ImportConflictException(long runningImport, String checksum) {
        super(ProblemType.CONFLICT.status(), ProblemType.CONFLICT.problem("Import " + runningImport
            + " of a file with the same SHA-256 (" + checksum + ") is running; this one was not started."), null);
        getBody().setProperty("runningImport", runningImport);
    }
}
