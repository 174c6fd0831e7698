package org.surgepolicy.application.policy;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.policy.port.in.RecordOverrideUseCase;
import org.surgepolicy.application.policy.port.out.OverrideStore;
import org.surgepolicy.application.policy.port.out.PolicyCatalog;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.PolicyOverride;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/** Records an override of a policy, within the policy's dates. */
public final class RecordOverrideService implements RecordOverrideUseCase {

    private final PolicyCatalog catalog;
    private final Clock clock;
    private final OverrideStore store;
    private final Auditor auditor;

    public RecordOverrideService(PolicyCatalog catalog, Clock clock, OverrideStore store, Auditor auditor) {
        this.catalog = catalog;
        this.clock = clock;
        this.store = store;
        this.auditor = auditor;
    }

    @Override
    @Transactional
    public Outcome<PolicyOverride> record(Command command) {
        Optional<PolicyDefinition> definition = catalog.find(command.policyId());
        if (definition.isEmpty()) {
            return new Outcome.NotFound<>("policy " + command.policyId());
        }
        PolicyOverride override;
        try {
            override = new PolicyOverride(0, command.state(), command.from(), command.to(), command.reason(),
                command.authority(), clock.instant(), command.recordedBy());
        } catch (InvalidValueException e) {
            return new Outcome.Invalid<>(e.violations());
        }
        PolicyDefinition policy = definition.get();
        if (override.from().isBefore(policy.startsOn())) {
            return new Outcome.Invalid<>(List.of(new Violation("from",
                override.from() + " is before the policy starts on " + policy.startsOn())));
        }
        if (policy.endsOn() != null && override.from().isAfter(policy.endsOn())) {
            return new Outcome.Invalid<>(List.of(new Violation("from",
                override.from() + " is after the policy ends on " + policy.endsOn())));
        }
        PolicyOverride stored = store.add(policy.id(), override);
        auditor.overrideRecorded(policy.id(), stored);
        return new Outcome.Done<>(stored);
    }
}
