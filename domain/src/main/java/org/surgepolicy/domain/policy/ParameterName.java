package org.surgepolicy.domain.policy;

import java.util.Arrays;
import java.util.Optional;
import org.surgepolicy.domain.validation.InvalidValueException;

/** The name of each rule parameter, as it is written in definition files, simulations and sweeps. */
public enum ParameterName {
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

    /** Reads a value of this parameter from a number, or (for {@code cancelPendingOn}) a code. */
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
        long number;
        if (value instanceof Number n && (n instanceof Integer || n instanceof Long || n instanceof Short)) {
            number = n.longValue();
        } else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            number = n.longValue();
        } else {
            try {
                number = Long.parseLong(value.toString().strip());
            } catch (NumberFormatException e) {
                throw new InvalidValueException(key, "must be a whole number, was '" + value + "'");
            }
        }
        if (this == ACTIVATION_THRESHOLD || this == DISCONTINUATION_THRESHOLD) {
            return number;
        }
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new InvalidValueException(key, "is out of range: " + number);
        }
        return (int) number;
    }
}
