package org.surgepolicy.application.policy.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.validation.InvalidValueException;

/** A policy's days over a range, as the data says now or said at an instant. */
public interface GetTimelineQuery {

    /** The range shown when none is asked for: the last 90 days. */
    int DEFAULT_DAYS = 90;
    /** The longest range one request may ask for. */
    int MAX_DAYS = 3_700;

    /** NotFound when the policy is unknown. */
    Outcome<List<TimelineDay>> timeline(Query query);

    /** @param from null for {@value #DEFAULT_DAYS} days before {@code to}; @param to null for today */
    record Query(String policyId, LocalDate from, LocalDate to, Instant knownAt) {
        public Query {
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidValueException("to", to + " is before from " + from);
            }
            if (from != null && to != null && to.toEpochDay() - from.toEpochDay() >= MAX_DAYS) {
                throw new InvalidValueException("from", "the range may cover at most " + MAX_DAYS + " days");
            }
        }
    }
}
