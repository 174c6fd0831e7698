package org.surgepolicy.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.EFFECTIVE;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.borderEmergencyAuthority;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.countingRule;
import static org.surgepolicy.domain.fixtures.BorderEmergencyFixtures.parameters;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.PolicyFixtures;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Region;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/** Definitions in the general form: every bad trigger, release, cap or decision is refused naming its field. */
class GeneralDefinitionValidationTest {

    static final Trigger AVERAGE = new Trigger("AVERAGE", TriggerKind.MANDATORY, 7, 5_000, 3_750);

    static RuleParameters withTriggers(Trigger... triggers) {
        return new RuleParameters(List.of(triggers), 7, 7, 1, 14, 1, CancellationThreshold.ACTIVATION_THRESHOLD);
    }

    static PolicyDefinition policy(LocalDate endsOn, Cap cap, PolicyVersion... versions) {
        return new PolicyDefinition("capped", "Capped", PolicyFixtures.NEW_YORK, EFFECTIVE, endsOn,
            PolicyStateKind.DISCONTINUED, List.of(versions), LegalStatus.PROPOSED, cap);
    }

    static PolicyVersion version(String id, LocalDate from, RuleParameters parameters) {
        return new PolicyVersion(id, from, parameters, countingRule(), "Bill §1");
    }

    static void assertRefused(ThrowingCallable build, String field, String message) {
        assertThatThrownBy(build).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.violations()).containsExactly(new Violation(field, message)));
    }

    @Test
    void theSimpleFormIsOneUnnamedMandatoryTriggerAveragingOverTheReleaseWindow() {
        RuleParameters simple = new RuleParameters(7, 2_500, 1_500, 28, 1, 14, 1,
            CancellationThreshold.ACTIVATION_THRESHOLD);

        assertThat(simple).isEqualTo(new RuleParameters(List.of(new Trigger(null, TriggerKind.MANDATORY, 7, 2_500,
            1_500)), 7, 28, 1, 14, 1, CancellationThreshold.ACTIVATION_THRESHOLD));
        assertThat(simple.simple()).isTrue();
        assertThat(parameters().simple()).isFalse();
        assertThat(parameters().lookBack()).isEqualTo(1 + 6 + 6);
        assertThat(parameters().releaseSum("DISCRETIONARY_AVERAGE")).isEqualTo(21_000);
        assertThat(parameters().releaseSum("MANDATORY_DAY")).isEqualTo(26_250);
    }

    @Test
    void aReleaseThresholdAboveItsTriggersThresholdIsRefused() {
        assertRefused(() -> new Trigger("AVERAGE", TriggerKind.MANDATORY, 7, 5_000, 6_000), "releaseThreshold",
            "6000 is above the trigger's threshold 5000: a release threshold must not exceed the threshold of its"
                + " trigger");
    }

    @Test
    void twoTriggersWithOneNameAreRefused() {
        assertRefused(() -> withTriggers(AVERAGE, new Trigger("AVERAGE", TriggerKind.DISCRETIONARY, 7, 4_000,
            3_000)), "triggers[1].name", "'AVERAGE' is already the name of triggers[0]");
    }

    @Test
    void aTriggerWithoutANameBesideAnotherIsRefused() {
        assertRefused(() -> withTriggers(AVERAGE, new Trigger(null, TriggerKind.MANDATORY, 1, 8_500, 3_750)),
            "triggers[1].name", "is required when a version has more than one trigger: the evidence names the"
                + " trigger it rests on");
    }

    @Test
    void aVersionWithoutTriggersIsRefused() {
        assertRefused(() -> withTriggers(), "triggers", "must hold at least one trigger");
    }

    @Test
    void aDiscretionaryTriggerAloneIsAValidRule() {
        RuleParameters onlyDiscretionary = withTriggers(new Trigger("MAY", TriggerKind.DISCRETIONARY, 7, 4_000,
            3_000));

        assertThat(onlyDiscretionary.triggers()).extracting(Trigger::kind).containsExactly(TriggerKind.DISCRETIONARY);
    }

    @Test
    void aLaterVersionMustKeepEveryNamedTriggerOfTheVersionsBeforeIt() {
        assertRefused(() -> policy(LocalDate.of(2027, 6, 4), null, version("a", EFFECTIVE, parameters()),
                version("b", LocalDate.of(2025, 1, 1), withTriggers(new Trigger("MANDATORY_AVERAGE",
                    TriggerKind.MANDATORY, 7, 5_000, 3_750), new Trigger("DISCRETIONARY_AVERAGE",
                    TriggerKind.DISCRETIONARY, 7, 4_000, 3_000)))),
            "versions[1].triggers", "lacks the trigger 'MANDATORY_DAY' of versions[0]: a policy it activated would"
                + " have no release threshold");
    }

    @Test
    void aCapLongerThanItsPeriodIsRefused() {
        assertRefused(() -> policy(LocalDate.of(2024, 8, 3), new Cap(Period.ofDays(30), List.of(30, 31)),
                version("a", EFFECTIVE, parameters())),
            "cap.limits[1]", "31 days is longer than its period, 2024-07-05 to 2024-08-03 (30 days)");
    }

    @Test
    void aCapMustCoverEveryDayThePolicyHasAState() {
        assertRefused(() -> policy(LocalDate.of(2024, 8, 4), new Cap(Period.ofDays(30), List.of(30, 30)),
                version("a", EFFECTIVE, parameters())),
            "cap.limits", "the 2 periods of P30D from 2024-06-05 end on 2024-08-03, but the policy ends on 2024-08-04:"
                + " give a limit for every period, or an end date within them");
    }

    @Test
    void aCapOfNoLengthOrANegativeLimitIsRefused() {
        assertRefused(() -> new Cap(Period.ZERO, List.of(1)), "period",
            "must be a positive length such as P1Y or P90D, was P0D");
        assertRefused(() -> new Cap(Period.ofYears(1), List.of(270, -1)), "limits[1]",
            "must be a number of days, 0 or more, was -1");
        assertRefused(() -> new Cap(Period.ofYears(1), List.of()), "limits",
            "must give the limit of at least one period");
    }

    @Test
    void aCountingRuleSelectingAComponentWithoutRegionsIsRefused() {
        assertRefused(() -> new CountingRule(Map.of(Component.OFO, Set.<Region>of()),
            false), "select.OFO", "must name at least one region");
    }

    @Test
    void anUnknownStatusIsRefusedListingTheStatusesThereAre() {
        assertThat(LegalStatus.parse("in-force", "status")).isEqualTo(LegalStatus.IN_FORCE);
        assertRefused(() -> LegalStatus.parse("enacted", "status"), "status",
            "unknown status 'enacted'; expected one of in-force, proposed");
        assertThat(borderEmergencyAuthority().legalStatus()).isEqualTo(LegalStatus.PROPOSED);
        assertThat(PolicyFixtures.securingTheBorder().legalStatus()).isEqualTo(LegalStatus.IN_FORCE);
    }

    @Test
    void aDecisionCannotBeMadeBeforeTheDeterminationItCites() {
        assertRefused(() -> new ActivationDecision(0, LocalDate.of(2024, 7, 8), LocalDate.of(2024, 7, 7), "Surge",
                "Secretary", Instant.parse("2024-07-08T12:00:00Z"), "admin"),
            "decidedOn", "2024-07-07 is before the determination of 2024-07-08 it cites");
    }
}
