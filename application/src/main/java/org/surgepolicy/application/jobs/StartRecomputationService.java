package org.surgepolicy.application.jobs;

import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;
import org.surgepolicy.application.jobs.port.out.BatchJobs;

/** Starts the recomputation job, in the background or to its end. */
public final class StartRecomputationService implements StartRecomputationUseCase {

    private final BatchJobs jobs;

    public StartRecomputationService(BatchJobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Outcome<JobRun> start(Command command) {
        return command.toTheEnd() ? jobs.runRecomputation(command.requestedBy())
            : jobs.startRecomputation(command.requestedBy());
    }
}
