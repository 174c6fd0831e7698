package org.surgepolicy.application.imports.port.in;

import java.util.List;

/** Restart every queued or running import that no job will move any more, as a node does when it starts. */
public interface RecoverImportsUseCase {

    /** Returns the ids of the imports restarted. */
    List<Long> recover();
}
