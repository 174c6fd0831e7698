package org.surgepolicy.application.simulation;

import java.util.List;
import java.util.function.Consumer;
import org.surgepolicy.domain.policy.Parameter;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/** Reads the parameters a simulation or a sweep names, each violation reported under {@code parameters}. */
final class ParameterNames {

    private ParameterNames() {
    }

    /**
     * Hands the parameter named {@code key} to {@code use}; what parsing it or using it finds invalid goes to
     * {@code violations} instead.
     */
    static void read(String key, List<Violation> violations, Consumer<Parameter> use) {
        try {
            use.accept(Parameter.parse(key, "parameters." + key));
        } catch (InvalidValueException e) {
            e.violations().forEach(v -> violations.add(v.field().startsWith("parameters")
                ? v : v.under("parameters")));
        }
    }
}
