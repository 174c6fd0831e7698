package org.surgepolicy.application.imports.port.out;

import java.util.Objects;

/**
 * An uploaded file, streamed to the import folder.
 *
 * @param location where it is stored (a path the import job can read)
 * @param sha256   its digest, hex-encoded
 */
public record StoredFile(String location, String sha256, long sizeBytes) {

    public StoredFile {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(sha256, "sha256");
    }
}
