package org.surgepolicy.application.policy.port.in;

import java.time.LocalDate;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.policy.ActivationDecision;

/**
 * Record an activation decision: an authorised person activates, today, a policy whose discretionary trigger made
 * activation available, citing the discretionary determination of {@code determinationDate}. Conflict when the
 * policy has no discretionary trigger or no discretionary determination stands from that date to today.
 */
public interface RecordActivationDecisionUseCase {

    Outcome<ActivationDecision> record(Command command);

    /** @param recordedBy the authenticated user who records it */
    record Command(String policyId, LocalDate determinationDate, String reason, String authority,
                   String recordedBy) {
    }
}
