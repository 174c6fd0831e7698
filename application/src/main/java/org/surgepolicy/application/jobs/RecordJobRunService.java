package org.surgepolicy.application.jobs;

import java.util.ArrayList;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.application.jobs.port.in.RecordJobRunUseCase;
import org.surgepolicy.domain.audit.AuditAction;

/** Audits how a job execution ended. */
public final class RecordJobRunService implements RecordJobRunUseCase {

    private final Auditor auditor;

    public RecordJobRunService(Auditor auditor) {
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public void record(Command command) {
        List<String> payload = new ArrayList<>(List.of(command.jobName(), Long.toString(command.executionId()),
            String.valueOf(command.requestedBy()), command.status()));
        payload.addAll(command.facts());
        auditor.record(command.requestedBy() == null ? Auditor.SYSTEM : command.requestedBy(), AuditAction.JOB_RUN,
            command.jobName() + " " + command.executionId(), String.join("\n", payload), command.summary());
    }
}
