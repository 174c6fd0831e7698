package org.surgepolicy.application.imports.port.out;

import java.io.IOException;
import java.io.InputStream;

/** Where uploaded files are kept while their imports need them. */
public interface ImportFiles {

    /** Streams the content to a new file, computing its SHA-256 on the way; memory stays flat whatever the size. */
    StoredFile store(InputStream content) throws IOException;

    /** Removes a stored file that no import needs any more. */
    void delete(String location);
}
