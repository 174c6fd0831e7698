package org.surgepolicy.domain.policy;

import java.util.Arrays;
import java.util.Optional;
import org.surgepolicy.domain.validation.InvalidValueException;

/**
 * The names of the simple form's rule parameters, as definition files, simulations and sweeps write them. The
 * window and the two thresholds describe a version's one unnamed trigger; the others apply to every version.
 */
public enum ParameterName implements Parameter {
    WINDOW("window"),
    ACTIVATION_THRESHOLD("activationThreshold"),
    DISCONTINUATION_THRESHOLD("discontinuationThreshold"),
    CONSECUTIVE_DAYS("consecutiveDays"),
    ACTIVATION_DELAY("activationDelay"),
    DISCONTINUATION_DELAY("discontinuationDelay"),
    DETERMINATION_LAG("determinationLag"),
    CANCEL_PENDING_ON("cancelPendingOn");

    private final String key;

    ParameterName(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    public static Optional<ParameterName> fromKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }

    /** The parameter named {@code key}, or an error that lists the names there are. */
    public static ParameterName parse(String key, String field) {
        return fromKey(key).orElseThrow(() -> new InvalidValueException(field, "unknown parameter '" + key
            + "'; expected one of " + String.join(", ", Arrays.stream(values()).map(ParameterName::key).toList())));
    }

    /** Whether the parameter describes the one trigger of the simple form, and so has no meaning beside others. */
    public boolean ofTheSimpleTrigger() {
        return this == WINDOW || this == ACTIVATION_THRESHOLD || this == DISCONTINUATION_THRESHOLD;
    }

    /** Reads a value of this parameter from a number, or (for {@code cancelPendingOn}) a code. */
    @Override
    public Object coerce(Object value) {
        if (value == null) {
            throw new InvalidValueException(key, "is required");
        }
        if (this == CANCEL_PENDING_ON) {
            if (value instanceof CancellationThreshold c) {
                return c;
            }
            try {
                return CancellationThreshold.valueOf(value.toString());
            } catch (IllegalArgumentException e) {
                throw new InvalidValueException(key, "unknown value '" + value
                    + "'; expected ACTIVATION_THRESHOLD or DISCONTINUATION_THRESHOLD");
            }
        }
        if (this == ACTIVATION_THRESHOLD || this == DISCONTINUATION_THRESHOLD) {
            return Parameter.wholeNumber(value, key);
        }
        return Parameter.wholeInt(value, key);
    }
}
