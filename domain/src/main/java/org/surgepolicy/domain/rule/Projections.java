package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import org.surgepolicy.domain.explanation.Unavailable;
import org.surgepolicy.domain.explanation.Unavailable.Reason;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyVersion;
import org.surgepolicy.domain.policy.RuleParameters;

/**
 * The projection of docs/rule.md, "The projection" for a policy in effect: every day after the newest reported day is
 * assumed reported below the threshold (as zero, the lowest a day can be, so that no other series of days below it ends
 * the policy sooner), days missing before it stay missing, and the rule runs on from tomorrow in today's state, since
 * today's determination was made with the data as it is. The first LOW determination it makes, on D, under the version
 * in force on D, gives the projection D + z. The averages must fall below the release threshold of the trigger that
 * activated the policy. The projection follows the release alone: a cap on days in effect, which may end the policy
 * sooner, is the status's own scheduled change.
 */
final class Projections {

    private Projections() {
    }

    /** A projection, or why there is none. */
    record Outcome(Projection projection, Unavailable unavailable) {
    }

    /** @param definition a definition without a cap, as the release alone runs */
    static Outcome project(PolicyDefinition definition, CountedData data, PolicyState today, LocalDate dataThrough,
                           LocalDate asOf) {
        LocalDate tomorrow = asOf.plusDays(1);
        if (definition.end().filter(tomorrow::isAfter).isPresent()) {
            return none(Reason.AFTER_POLICY_END, "policy " + definition.id() + " ends on " + definition.endsOn()
                + ": no determination can be made after today");
        }
        // A LOW determination on D looks back at most maxLookBack days; from tomorrow every day is assumed below, so
        // the first possible D is at most that far from tomorrow.
        LocalDate horizon = tomorrow.plusDays(definition.maxLookBack());
        LocalDate last = definition.lastDay(horizon);
        LocalDate assumedFrom = dataThrough == null || dataThrough.isBefore(data.origin())
            ? data.origin() : dataThrough.plusDays(1);
        CountedData assumed = data.extendedWith(assumedFrom, last, 0);
        long[] found = {Long.MIN_VALUE, -1};
        String[] releasedAs = {today.releasedAs()};
        RuleEngine.run(definition, assumed, tomorrow, today, last, (epochDay, v, afterChanges, determined, state) -> {
            if (determined != null && found[0] == Long.MIN_VALUE) {
                found[0] = epochDay;
                found[1] = v;
                releasedAs[0] = afterChanges.releasedAs();
            }
        });
        if (found[0] == Long.MIN_VALUE) {
            return last.isBefore(horizon)
                ? none(Reason.AFTER_POLICY_END, "policy " + definition.id() + " ends on " + definition.endsOn()
                    + ", before a LOW determination could be made even if every coming day were reported below the"
                    + " threshold")
                : none(Reason.NO_DISCONTINUATION_POSSIBLE, "no day can be reported below a discontinuation threshold"
                    + " of " + definition.versionOn(horizon).parameters().trigger(releasedAs[0]).releaseThreshold()
                    + ", so no LOW determination is possible");
        }
        LocalDate determinationOn = LocalDate.ofEpochDay(found[0]);
        PolicyVersion version = definition.versions().get((int) found[1]);
        RuleParameters p = version.parameters();
        LocalDate discontinuationOn = determinationOn.plusDays(p.discontinuationDelay());
        if (definition.end().filter(discontinuationOn::isAfter).isPresent()) {
            return none(Reason.AFTER_POLICY_END, "the earliest LOW determination, on " + determinationOn
                + ", would take effect on " + discontinuationOn + ", after the policy ends on " + definition.endsOn());
        }
        LocalDate newestLookedAt = determinationOn.minusDays(p.determinationLag());
        LocalDate firstAssumed = later(assumedFrom, determinationOn.minusDays(p.lookBack()));
        int assumedDays = (int) Math.max(0, newestLookedAt.toEpochDay() - firstAssumed.toEpochDay() + 1);
        return new Outcome(new Projection(determinationOn, discontinuationOn, version.id(),
            p.trigger(releasedAs[0]).releaseThreshold(), false, assumedDays == 0 ? null : firstAssumed,
            assumedDays == 0 ? null : newestLookedAt, assumedDays), null);
    }

    private static Outcome none(Reason reason, String message) {
        return new Outcome(null, Unavailable.because(reason, message));
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
