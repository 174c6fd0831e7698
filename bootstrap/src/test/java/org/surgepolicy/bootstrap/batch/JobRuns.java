package org.surgepolicy.bootstrap.batch;

import java.time.Duration;
import java.time.Instant;
import org.surgepolicy.bootstrap.api.Api;
import tools.jackson.databind.JsonNode;

/** Follows a job execution through the REST API. */
final class JobRuns {

    /** Generous: a loaded machine recomputes slowly. */
    private static final Duration PATIENCE = Duration.ofMinutes(4);

    private JobRuns() {
    }

    /** The job execution once it has ended, as {@code GET /api/v1/jobs/{id}} answers it. */
    static JsonNode waitForTheEnd(Api admin, long executionId) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            JsonNode run = admin.get("/api/v1/jobs/" + executionId).json();
            if (!run.path("status").asString().matches("STARTING|STARTED|STOPPING")) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("job execution " + executionId + " did not end within " + PATIENCE);
    }
}
