package org.surgepolicy.application.imports.port.in;

import java.io.InputStream;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.validation.InvalidValueException;

/** Import a file: it is streamed to the import folder, then the import job stages and publishes its rows. */
public interface StartImportUseCase {

    /** The import queued (its job starts in the background), or why it was not. */
    Outcome<ImportRun> start(Command command);

    /**
     * @param format      {@code daily}, {@code cbp-monthly} or {@code cbp-southwest}
     * @param fileName    the file's name as the client gave it (for people; may be blank)
     * @param content     the file's bytes, read once
     * @param maxRejects  how many rejected lines to tolerate, or null for the format's configured limit
     * @param requestedBy who asks
     */
    record Command(String format, String fileName, InputStream content, Long maxRejects, String requestedBy) {
        public Command {
            if (content == null) {
                throw new InvalidValueException("content", "is required");
            }
            if (requestedBy == null || requestedBy.isBlank()) {
                throw new InvalidValueException("requestedBy", "is required");
            }
            fileName = fileName == null ? "" : fileName.strip();
        }
    }

    /** A file with the same checksum is being imported: nothing was started. */
    record AlreadyRunning(ImportRun running) implements Outcome.Conflict<ImportRun> {

        @Override
        public String reason() {
            return "Import " + running.id() + " of a file with the same SHA-256 (" + running.checksum()
                + ") is running; this one was not started.";
        }
    }
}
