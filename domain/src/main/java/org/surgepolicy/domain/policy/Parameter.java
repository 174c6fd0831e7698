package org.surgepolicy.domain.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.surgepolicy.domain.validation.InvalidValueException;

/**
 * A parameter of a policy definition, addressed by a stable name as definition files, simulations and sweeps write
 * it: the simple form's names ({@code window}, {@code activationThreshold}, ...), a trigger's numbers
 * ({@code triggers.MANDATORY_AVERAGE.threshold}), the release's ({@code release.window}) and the cap's
 * ({@code cap.limits}).
 */
public sealed interface Parameter permits ParameterName, TriggerParameter, ReleaseParameter, CapParameter {

    /** The name, as it is written. */
    String key();

    /** Reads a value of this parameter (a number, a code, a list, or the same as text), or says why it cannot. */
    Object coerce(Object value);

    /** The parameter named {@code key}, or an error under {@code field} that lists the names there are. */
    static Parameter parse(String key, String field) {
        Optional<ParameterName> simple = ParameterName.fromKey(key);
        if (simple.isPresent()) {
            return simple.get();
        }
        for (ReleaseParameter release : ReleaseParameter.values()) {
            if (release.key().equals(key)) {
                return release;
            }
        }
        for (CapParameter cap : CapParameter.values()) {
            if (cap.key().equals(key)) {
                return cap;
            }
        }
        if (key != null && key.startsWith(TriggerParameter.PREFIX)) {
            String rest = key.substring(TriggerParameter.PREFIX.length());
            int dot = rest.lastIndexOf('.');
            Optional<TriggerParameter.Field> found = dot < 0 ? Optional.empty()
                : TriggerParameter.Field.fromKey(rest.substring(dot + 1));
            if (found.isPresent()) {
                String trigger = rest.substring(0, dot);
                if (!Trigger.isName(trigger)) {
                    throw new InvalidValueException(field, "'" + trigger + "' cannot name a trigger: a name is 1 to"
                        + " 64 upper-case letters, digits or '_', starting with a letter");
                }
                return new TriggerParameter(trigger, found.get());
            }
        }
        List<String> names = new ArrayList<>(Arrays.stream(ParameterName.values()).map(ParameterName::key).toList());
        Arrays.stream(TriggerParameter.Field.values()).forEach(f -> names.add(TriggerParameter.PREFIX + "<NAME>."
            + f.key()));
        Arrays.stream(ReleaseParameter.values()).forEach(r -> names.add(r.key()));
        Arrays.stream(CapParameter.values()).forEach(c -> names.add(c.key()));
        throw new InvalidValueException(field, "unknown parameter '" + key + "'; expected one of "
            + String.join(", ", names));
    }

    /** A whole number read from a number or its text, or an error naming {@code key}. */
    static long wholeNumber(Object value, String key) {
        if (value == null) {
            throw new InvalidValueException(key, "is required");
        }
        if (value instanceof Number n && (n instanceof Integer || n instanceof Long || n instanceof Short)) {
            return n.longValue();
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.longValue();
        }
        try {
            return Long.parseLong(value.toString().strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(key, "must be a whole number, was '" + value + "'");
        }
    }

    /** A whole number that fits an {@code int}, or an error naming {@code key}. */
    static int wholeInt(Object value, String key) {
        long number = wholeNumber(value, key);
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            throw new InvalidValueException(key, "is out of range: " + number);
        }
        return (int) number;
    }
}
