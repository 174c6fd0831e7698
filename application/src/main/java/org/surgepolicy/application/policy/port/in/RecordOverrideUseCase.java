package org.surgepolicy.application.policy.port.in;

import java.time.LocalDate;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.policy.PolicyStateKind;

/** Record an override (a court order, say): a forced state over a range of days, with reason and authority. */
public interface RecordOverrideUseCase {

    Outcome<PolicyOverride> record(Command command);

    /** @param to the last day it applies, or null when it has no end */
    record Command(String policyId, PolicyStateKind state, LocalDate from, LocalDate to, String reason,
                   String authority, String recordedBy) {
    }
}
