package org.surgepolicy.adapter.rest.policy;

import java.time.LocalDate;

/** A version of a policy: its rule parameters and counting rule, in force from a date until the next version. */
public record PolicyVersionResponse(String id, LocalDate effectiveFrom, String citation,
                                    RuleParametersResponse parameters, CountingRuleResponse countingRule) {
}
