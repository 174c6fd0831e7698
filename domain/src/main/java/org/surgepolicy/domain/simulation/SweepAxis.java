package org.surgepolicy.domain.simulation;

import java.util.List;
import org.surgepolicy.domain.policy.Parameter;
import org.surgepolicy.domain.validation.InvalidValueException;

/** One parameter of a sweep and the values it takes. */
public record SweepAxis(Parameter parameter, List<Object> values) {

    public SweepAxis {
        if (parameter == null) {
            throw new InvalidValueException("parameter", "is required");
        }
        if (values == null || values.isEmpty()) {
            throw new InvalidValueException(parameter.key(), "needs at least one value");
        }
        values = values.stream().map(parameter::coerce).distinct().toList();
    }
}
