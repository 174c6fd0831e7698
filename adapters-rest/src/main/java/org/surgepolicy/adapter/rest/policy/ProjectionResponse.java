package org.surgepolicy.adapter.rest.policy;

import java.time.LocalDate;
import java.util.Map;
import org.surgepolicy.adapter.rest.explanation.UnavailableResponse;

/**
 * The earliest day the rule could discontinue the policy, and what it rests on.
 *
 * @param determinationOn   the LOW determination's day: made already when {@code scheduled}, else the first day from
 *                          tomorrow on which one could be made
 * @param discontinuationOn the first day without the policy
 * @param version           the version in force on {@code determinationOn}
 * @param threshold         its discontinuation threshold
 * @param assumedFrom       the first day assumed reported below the threshold
 * @param assumedThrough    the last day assumed: the newest day the determination looks at
 * @param assumedDays       how many days are assumed
 * @param description       the same in a sentence
 */
public record ProjectionResponse(LocalDate determinationOn, LocalDate discontinuationOn, String version,
                                 long threshold, boolean scheduled, LocalDate assumedFrom, LocalDate assumedThrough,
                                 int assumedDays, String description, Map<String, UnavailableResponse> unavailable) {
}
