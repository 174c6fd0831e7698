package org.surgepolicy.application.imports.port.in;

import java.io.InputStream;
import java.util.List;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/** Import a file: it is streamed to the import folder, then the import job stages and publishes its rows. */
public interface StartImportUseCase {

    Result start(Command command);

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

    /** What starting an import yields. */
    sealed interface Result {
    }

    /** The import is queued; its job starts in the background. */
    record Started(ImportRun run) implements Result {
    }

    /** A file with the same checksum is being imported: nothing was started. */
    record AlreadyRunning(ImportRun running) implements Result {
    }

    /** The request was refused: each violation names the field and the reason. */
    record Invalid(List<Violation> violations) implements Result {
        public Invalid {
            violations = List.copyOf(violations);
        }
    }
}
