package org.surgepolicy.adapter.rest.jobs;

import org.springframework.web.ErrorResponseException;
import org.surgepolicy.adapter.rest.error.ProblemType;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;

/** A recomputation is running (started by any trigger, on any node): 409, naming it. */
class RecomputationConflictException extends ErrorResponseException {

    RecomputationConflictException(StartRecomputationUseCase.RunningRecomputation running) {
        super(ProblemType.CONFLICT.status(), ProblemType.CONFLICT.problem(running.sentence()), null);
        getBody().setProperty("runningExecution", running.executionId());
        getBody().setProperty("runningSince", running.since());
        getBody().setProperty("requestedBy", running.requestedBy());
    }
}
