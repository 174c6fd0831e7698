package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import java.util.Optional;
import org.surgepolicy.domain.policy.PolicyStateKind;

/**
 * Still in effect, ending on a known date.
 *
 * @param inEffectSince the day the policy came into effect, which a cancellation returns to
 * @param determinedOn  the day of the LOW determination
 * @param effectiveOn   the first day without the policy
 */
public record DiscontinuationPending(LocalDate inEffectSince, LocalDate determinedOn, LocalDate effectiveOn)
    implements PolicyState {

    @Override
    public PolicyStateKind kind() {
        return PolicyStateKind.DISCONTINUATION_PENDING;
    }

    @Override
    public LocalDate since() {
        return determinedOn;
    }

    @Override
    public Optional<LocalDate> scheduledChange() {
        return Optional.of(effectiveOn);
    }

    /** The scheduled discontinuation takes effect. */
    public Discontinued takeEffect() {
        return new Discontinued(effectiveOn, null);
    }

    /** A cancelling determination: in effect again at once, as it never stopped being. */
    public InEffect cancel() {
        return new InEffect(inEffectSince);
    }
}
