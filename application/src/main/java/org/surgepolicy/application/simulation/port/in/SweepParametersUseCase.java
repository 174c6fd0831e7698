package org.surgepolicy.application.simulation.port.in;

import java.util.List;
import java.util.Map;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.simulation.SweepOutcome;

/** Run the rule over the stored history for every combination of the given parameter values. */
public interface SweepParametersUseCase {

    Outcome<List<SweepOutcome>> sweep(Command command);

    /** @param values parameter name to the values it takes, in the order to combine them */
    record Command(String policyId, Map<String, List<Object>> values) {
        public Command {
            values = values == null ? Map.of() : values;
        }
    }
}
