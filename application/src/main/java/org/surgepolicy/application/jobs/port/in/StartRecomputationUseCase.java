package org.surgepolicy.application.jobs.port.in;

import org.surgepolicy.domain.validation.InvalidValueException;

/** Run the nightly recomputation job now. */
public interface StartRecomputationUseCase {

    /** The run started, or the one already running (one runs at a time across every node and trigger). */
    RecomputationLaunch start(Command command);

    /** @param toTheEnd run the job in the calling thread to its end, rather than in the background */
    record Command(String requestedBy, boolean toTheEnd) {
        public Command {
            if (requestedBy == null || requestedBy.isBlank()) {
                throw new InvalidValueException("requestedBy", "is required");
            }
        }
    }
}
