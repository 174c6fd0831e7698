package org.surgepolicy.application.policy.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyStateKind;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.validation.InvalidValueException;

/** Two or more policies day by day on the same data, and the days on which their effective states differ. */
public interface ComparePoliciesQuery {

    /** The range shown when none is asked for: the last 90 days, as for a timeline. */
    int DEFAULT_DAYS = GetTimelineQuery.DEFAULT_DAYS;
    /** The longest range one request may ask for, as for a timeline. */
    int MAX_DAYS = GetTimelineQuery.MAX_DAYS;

    /** NotFound naming the first policy that is unknown. */
    Outcome<Comparison> compare(Query query);

    /**
     * @param policyIds at least two, none repeated, in the order the answer keeps
     * @param from      null for {@value #DEFAULT_DAYS} days before {@code to}
     * @param to        null for today (the latest today of the policies' zones), or the day of {@code knownAt}
     */
    record Query(List<String> policyIds, LocalDate from, LocalDate to, Instant knownAt) {
        public Query {
            policyIds = policyIds == null ? List.of() : List.copyOf(policyIds);
            if (policyIds.size() < 2) {
                throw new InvalidValueException("policies", "name at least two policies to compare, separated by "
                    + "commas; " + policyIds.size() + " given");
            }
            Set<String> seen = new HashSet<>();
            for (String id : policyIds) {
                if (!seen.add(id)) {
                    throw new InvalidValueException("policies", "'" + id + "' is named more than once");
                }
            }
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidValueException("to", to + " is before from " + from);
            }
            if (from != null && to != null && to.toEpochDay() - from.toEpochDay() >= MAX_DAYS) {
                throw new InvalidValueException("from", "the range may cover at most " + MAX_DAYS + " days");
            }
        }
    }

    /**
     * The policies side by side.
     *
     * @param policies      each policy asked for, in the order asked (its legal status says whether it is in force)
     * @param days          each day of the range, oldest first
     * @param differingDays the days on which the policies' effective states are not all the same
     */
    record Comparison(LocalDate from, LocalDate to, List<PolicyDefinition> policies, List<ComparedDay> days,
                      List<LocalDate> differingDays) {
        public Comparison {
            policies = List.copyOf(policies);
            days = List.copyOf(days);
            differingDays = List.copyOf(differingDays);
        }
    }

    /**
     * One day of the comparison.
     *
     * @param policies each policy's day, in the order of the policies; null for a policy that has no state that day
     *                 (before its first day or after its last)
     * @param differ   whether the policies' effective states differ that day
     */
    record ComparedDay(LocalDate date, List<TimelineDay> policies, boolean differ) {
        public ComparedDay {
            policies = Collections.unmodifiableList(new ArrayList<>(policies));
        }

        /** The effective states of the policies that day, in their order (null where a policy has no state). */
        public List<PolicyStateKind> effectiveStates() {
            return policies.stream().map(d -> d == null ? null : d.effectiveState()).toList();
        }
    }
}
