package org.surgepolicy.application.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.EvaluationInputs;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.application.simulation.port.in.SimulatePolicyUseCase;
import org.surgepolicy.application.simulation.port.out.Computations;
import org.surgepolicy.domain.policy.Parameter;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.RuleParameters;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.EvaluationInput;
import org.surgepolicy.domain.rule.Timeline;
import org.surgepolicy.domain.rule.TimelineDay;
import org.surgepolicy.domain.simulation.Simulation;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/**
 * Simulates a policy on the stored data with changed parameters and hypothetical counts; nothing is stored. No
 * transaction: the stored data is read first, each read holding a database connection only for its own statement,
 * and the rule then runs on {@link Computations}, which may take seconds, without any connection.
 */
public final class SimulatePolicyService implements SimulatePolicyUseCase {

    /** How far past today a simulation may run on hypothetical counts. */
    static final int MAX_DAYS_AHEAD = 3_660;
    /**
     * The largest hypothetical total of a day: no threshold can be larger, and it keeps every window sum exact in a
     * {@code long}, where a larger count would wrap around into a negative sum and a false LOW determination.
     */
    static final long MAX_DAILY_COUNT = RuleParameters.MAX_THRESHOLD;

    private final PolicyCatalog catalog;
    private final EvaluationInputs inputs;
    private final Computations computations;

    public SimulatePolicyService(PolicyCatalog catalog, EvaluationInputs inputs, Computations computations) {
        this.catalog = catalog;
        this.inputs = inputs;
        this.computations = computations;
    }

    @Override
    public Outcome<Result> simulate(Command command) {
        Optional<PolicyDefinition> found = catalog.find(command.policyId());
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("policy " + command.policyId());
        }
        PolicyDefinition definition = found.get();
        List<Violation> violations = new ArrayList<>();
        Map<Parameter, Object> changes = new LinkedHashMap<>();
        command.parameters().forEach((key, value) -> ParameterNames.read(key, violations,
            name -> changes.put(name, name.coerce(value))));
        Map<LocalDate, Long> replacements = new HashMap<>();
        for (int i = 0; i < command.dailyCounts().size(); i++) {
            DailyCount count = command.dailyCounts().get(i);
            if (count.count() > MAX_DAILY_COUNT) {
                violations.add(new Violation("dailyCounts[" + i + "].count", "must be at most " + MAX_DAILY_COUNT
                    + ", was " + count.count()));
            }
            if (replacements.put(count.date(), count.count()) != null) {
                violations.add(new Violation("dailyCounts[" + i + "].date", count.date() + " is given twice"));
            }
        }
        LocalDate today = inputs.today(definition);
        LocalDate to = command.to() != null ? command.to() : today;
        LocalDate from = command.from() != null ? command.from() : definition.startsOn();
        if (to.isBefore(from)) {
            violations.add(new Violation("to", to + " is before from " + from));
        }
        if (to.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
            violations.add(new Violation("to", "may be at most " + MAX_DAYS_AHEAD + " days after today"));
        }
        if (!violations.isEmpty()) {
            return new Outcome.Invalid<>(violations);
        }
        EvaluationInput current = inputs.current(definition, true);
        EvaluationInput input = new EvaluationInput(definition, current.data(), current.overrides(), to,
            replacements, current.decisions());
        Timeline timeline;
        try {
            timeline = computations.run(() -> Simulation.run(input, changes));
        } catch (InvalidValueException e) {
            return new Outcome.Invalid<>(e.violations());
        }
        List<TimelineDay> days = timeline.between(from, to);
        return new Outcome.Done<>(new Result(days,
            days.stream().map(TimelineDay::determination).filter(d -> d != null).toList()));
    }
}
