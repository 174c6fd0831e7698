package org.surgepolicy.domain.policy;

import java.util.Map;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violations;

/**
 * The parameters of the rule in one policy version (policy.md section 4).
 *
 * @param window                   W, the days in each average
 * @param activationThreshold      A: a HIGH determination when {@code avg >= A}
 * @param discontinuationThreshold L: a LOW determination when {@code avg < L} on {@code consecutiveDays} days
 * @param consecutiveDays          S, the consecutive daily averages below L that a LOW determination needs
 * @param activationDelay          a, days from a HIGH determination to the reactivation
 * @param discontinuationDelay     z, days from a LOW determination to the discontinuation
 * @param determinationLag         g: on day D the newest day whose data is taken as complete is D - g
 * @param cancelPendingOn          which threshold cancels a pending discontinuation
 */
public record RuleParameters(int window, long activationThreshold, long discontinuationThreshold,
                             int consecutiveDays, int activationDelay, int discontinuationDelay,
                             int determinationLag, CancellationThreshold cancelPendingOn) {

    /** Upper bound of the day counts, to keep every window inside a few years of data. */
    public static final int MAX_DAYS = 366;
    /** Upper bound of the thresholds, so that a threshold times the window stays exact in a {@code long}. */
    public static final long MAX_THRESHOLD = 1_000_000_000L;

    public RuleParameters {
        new Violations()
            .require(window >= 1 && window <= MAX_DAYS, "window",
                "must be between 1 and " + MAX_DAYS + " days, was " + window)
            .require(activationThreshold >= 0 && activationThreshold <= MAX_THRESHOLD, "activationThreshold",
                "must be between 0 and " + MAX_THRESHOLD + ", was " + activationThreshold)
            .require(discontinuationThreshold >= 0 && discontinuationThreshold <= MAX_THRESHOLD,
                "discontinuationThreshold",
                "must be between 0 and " + MAX_THRESHOLD + ", was " + discontinuationThreshold)
            .require(discontinuationThreshold <= activationThreshold, "discontinuationThreshold",
                discontinuationThreshold + " is above the activation threshold " + activationThreshold
                    + ": the discontinuation threshold must not exceed the activation threshold")
            .require(consecutiveDays >= 1 && consecutiveDays <= MAX_DAYS, "consecutiveDays",
                "must be between 1 and " + MAX_DAYS + ", was " + consecutiveDays)
            .require(activationDelay >= 0 && activationDelay <= MAX_DAYS, "activationDelay",
                "must be between 0 and " + MAX_DAYS + " days, was " + activationDelay)
            .require(discontinuationDelay >= 0 && discontinuationDelay <= MAX_DAYS, "discontinuationDelay",
                "must be between 0 and " + MAX_DAYS + " days, was " + discontinuationDelay)
            .require(determinationLag >= 0 && determinationLag <= MAX_DAYS, "determinationLag",
                "must be between 0 and " + MAX_DAYS + " days, was " + determinationLag)
            .requireNonNull(cancelPendingOn, "cancelPendingOn")
            .throwIfAny();
    }

    /** The window sum an average must reach for activation: {@code A * W}, so that no division is ever made. */
    public long activationSum() {
        return activationThreshold * window;
    }

    /** The window sum an average must stay under for discontinuation: {@code L * W}. */
    public long discontinuationSum() {
        return discontinuationThreshold * window;
    }

    /** The threshold that cancels a pending discontinuation. */
    public long cancellationThreshold() {
        return cancelPendingOn == CancellationThreshold.ACTIVATION_THRESHOLD
            ? activationThreshold : discontinuationThreshold;
    }

    /** How many days before D the oldest day a determination on D looks at lies. */
    public int lookBack() {
        return determinationLag + consecutiveDays - 1 + window - 1;
    }

    /** These parameters with one of them changed. */
    public RuleParameters with(ParameterName name, Object value) {
        return with(Map.of(name, value));
    }

    /**
     * These parameters with the named ones changed. The changes are made together and only the result is checked,
     * so that lowering both thresholds is not refused on the way, when the new activation threshold meets the old
     * discontinuation threshold.
     *
     * @throws InvalidValueException naming the parameter, under {@code parameters}, when the result is invalid
     */
    public RuleParameters with(Map<ParameterName, ?> changes) {
        int w = window;
        long a = activationThreshold;
        long l = discontinuationThreshold;
        int s = consecutiveDays;
        int aDelay = activationDelay;
        int zDelay = discontinuationDelay;
        int g = determinationLag;
        CancellationThreshold cancel = cancelPendingOn;
        for (Map.Entry<ParameterName, ?> change : changes.entrySet()) {
            Object value = change.getKey().coerce(change.getValue());
            switch (change.getKey()) {
                case WINDOW -> w = (Integer) value;
                case ACTIVATION_THRESHOLD -> a = (Long) value;
                case DISCONTINUATION_THRESHOLD -> l = (Long) value;
                case CONSECUTIVE_DAYS -> s = (Integer) value;
                case ACTIVATION_DELAY -> aDelay = (Integer) value;
                case DISCONTINUATION_DELAY -> zDelay = (Integer) value;
                case DETERMINATION_LAG -> g = (Integer) value;
                case CANCEL_PENDING_ON -> cancel = (CancellationThreshold) value;
            }
        }
        try {
            return new RuleParameters(w, a, l, s, aDelay, zDelay, g, cancel);
        } catch (InvalidValueException e) {
            throw e.under("parameters");
        }
    }
}
