package org.surgepolicy.application.simulation.port.in;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.TimelineDay;

/** Run the rule with changed parameters and hypothetical daily totals on the stored data; nothing is stored. */
public interface SimulatePolicyUseCase {

    Outcome<Result> simulate(Command command);

    /**
     * @param parameters  parameter name to value, applied to every version
     * @param dailyCounts counted totals that replace the stored ones on their days
     * @param from        the first day to return (null: the policy's start)
     * @param to          the last day to evaluate and return (null: today; may lie in the future)
     */
    record Command(String policyId, Map<String, Object> parameters, List<DailyCount> dailyCounts, LocalDate from,
                   LocalDate to) {
        public Command {
            // Unlike Map.copyOf, keeps a parameter given without a value, for the service to refuse by its name, and
            // the caller's order, so that the violations come in it.
            parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            dailyCounts = dailyCounts == null ? List.of() : List.copyOf(dailyCounts);
        }
    }

    /** The simulated days of the range, and every determination the simulation made in it. */
    record Result(List<TimelineDay> days, List<Determination> determinations) {
    }
}
