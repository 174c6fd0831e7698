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
 * @param activatedBy   the trigger that activated the policy (see {@link InEffect#activatedBy()})
 */
public record DiscontinuationPending(LocalDate inEffectSince, LocalDate determinedOn, LocalDate effectiveOn,
                                     String activatedBy) implements PolicyState {

    /** Pending, after an activation by no named trigger. */
    public DiscontinuationPending(LocalDate inEffectSince, LocalDate determinedOn, LocalDate effectiveOn) {
        this(inEffectSince, determinedOn, effectiveOn, null);
    }

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

    /**
     * A cancelling determination: in effect again at once, as it never stopped being, released from now on as after
     * an activation by {@code trigger} (the mandatory trigger that cancelled it, or the one that activated it).
     */
    public InEffect cancel(String trigger) {
        return new InEffect(inEffectSince, trigger);
    }
}
