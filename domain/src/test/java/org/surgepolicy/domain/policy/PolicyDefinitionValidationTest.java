package org.surgepolicy.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10773_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.P10817_FROM;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aPolicy;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.aVersion;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.p10773Parameters;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.southernBorderPatrol;

import java.time.LocalDate;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;

/** Every kind of bad policy definition is refused with a message that names its field. */
class PolicyDefinitionValidationTest {

    @Test
    void theShippedDefinitionIsValid() {
        PolicyDefinition shipped = securingTheBorder();

        assertThat(shipped.versionOn(LocalDate.of(2024, 9, 30)).id()).isEqualTo("p10773");
        assertThat(shipped.versionOn(P10817_FROM).id()).isEqualTo("p10817");
        assertThat(shipped.versionOn(LocalDate.of(2020, 1, 1)).id()).isEqualTo("p10773");
        assertThat(shipped.version("p10817").orElseThrow().countingRule()
            .countsUnaccompaniedChildrenOfNonContiguousCountries()).isTrue();
        assertThat(shipped.end()).isEmpty();
        assertThat(shipped.lastDay(LocalDate.of(2030, 1, 1))).isEqualTo("2030-01-01");
    }

    @Test
    void twoVersionsFromTheSameDayOverlap() {
        assertRefused(() -> aPolicy().withVersions(aVersion("a"), aVersion("b").from(P10773_FROM)).build(),
            "versions[1].effectiveFrom", "2024-06-05 is also the first day of versions[0] ('a'): two versions"
                + " cannot be in force on the same day");
    }

    @Test
    void versionsOutOfDateOrderAreRefused() {
        assertRefused(() -> aPolicy().withVersions(aVersion("a"), aVersion("b").from(P10817_FROM),
                aVersion("c").from(LocalDate.of(2024, 8, 1))).build(),
            "versions[2].effectiveFrom", "2024-08-01 is before 2024-10-01, the first day of versions[1] ('b'):"
                + " list the versions in date order");
    }

    @Test
    void theFirstVersionMustBeInForceFromTheStart() {
        assertRefused(() -> aPolicy().withVersions(aVersion("a").from(LocalDate.of(2024, 6, 6))).build(),
            "versions[0].effectiveFrom", "the first version must be in force from startsOn 2024-06-05, was"
                + " 2024-06-06");
    }

    @Test
    void duplicateVersionIdsAreRefused() {
        assertRefused(() -> aPolicy().withVersions(aVersion("p10773"), aVersion("p10773").from(P10817_FROM))
            .build(), "versions[1].id", "'p10773' is already the id of versions[0]");
    }

    @Test
    void aVersionAfterTheEndDateIsRefused() {
        assertRefused(() -> aPolicy().endingOn(LocalDate.of(2024, 9, 30))
                .withVersions(aVersion("a"), aVersion("b").from(P10817_FROM)).build(),
            "versions[1].effectiveFrom", "2024-10-01 is after the policy's end date 2024-09-30");
    }

    @Test
    void endDateBeforeTheStartIsRefused() {
        assertRefused(() -> aPolicy().endingOn(LocalDate.of(2024, 6, 4)).build(),
            "endsOn", "2024-06-04 is before startsOn 2024-06-05");
    }

    @Test
    void badPolicyIdIsRefused() {
        assertRefused(() -> aPolicy().withId("Securing the Border").build(),
            "id", "must be 1 to 64 lower-case letters, digits or '-', was 'Securing the Border'");
        assertRefused(() -> aPolicy().withId(null).build(),
            "id", "must be 1 to 64 lower-case letters, digits or '-', was nothing");
        assertRefused(() -> aPolicy().withId("-leading-dash").build(),
            "id", "must be 1 to 64 lower-case letters, digits or '-', was '-leading-dash'");
    }

    @Test
    void badVersionIdIsRefused() {
        assertRefused(() -> aPolicy().withVersions(aVersion("p 10773")).build(),
            "id", "must be 1 to 64 letters, digits, '.', '_' or '-', was 'p 10773'");
    }

    @Test
    void missingCitationIsRefused() {
        assertRefused(() -> aPolicy().withVersions(aVersion("a").withCitation(" ")).build(),
            "citation", "is required: every determination cites the text it applies");
    }

    @Test
    void missingTitleTimeZoneAndStartAreEachNamed() {
        assertThatThrownBy(() -> new PolicyDefinition("x", "", null, null, null, PolicyStateKind.IN_EFFECT,
            java.util.List.of(new PolicyVersion("a", P10773_FROM, p10773Parameters(), southernBorderPatrol(false),
                "c"))))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(
                new Violation("title", "is required"), new Violation("timeZone", "is required"),
                new Violation("startsOn", "is required")));
    }

    @Test
    void aPolicyCannotStartWithADiscontinuationPending() {
        assertRefused(() -> aPolicy().startingIn(PolicyStateKind.DISCONTINUATION_PENDING).build(), "initialState",
            "must be IN_EFFECT or DISCONTINUED: a pending discontinuation needs a determination behind it");
    }

    @Test
    void aPolicyWithoutVersionsIsRefused() {
        assertRefused(() -> aPolicy().withVersions().build(), "versions", "must hold at least one version");
    }

    @Test
    void discontinuationThresholdAboveActivationIsRefused() {
        assertRefused(() -> aPolicy().withDiscontinuationThreshold(2_501).build(), "discontinuationThreshold",
            "2501 is above the activation threshold 2500: the discontinuation threshold must not exceed the"
                + " activation threshold");
    }

    @Test
    void windowOfZeroDaysIsRefused() {
        assertRefused(() -> aPolicy().withWindow(0).build(), "window", "must be between 1 and 366 days, was 0");
    }

    @Test
    void zeroConsecutiveDaysAreRefused() {
        assertRefused(() -> aPolicy().withConsecutiveDays(0).build(), "consecutiveDays",
            "must be between 1 and 366, was 0");
    }

    @Test
    void negativeDelaysAndLagAreRefused() {
        assertRefused(() -> aPolicy().withActivationDelay(-1).build(), "activationDelay",
            "must be between 0 and 366 days, was -1");
        assertRefused(() -> aPolicy().withDiscontinuationDelay(-14).build(), "discontinuationDelay",
            "must be between 0 and 366 days, was -14");
        assertRefused(() -> aPolicy().withDeterminationLag(-1).build(), "determinationLag",
            "must be between 0 and 366 days, was -1");
    }

    @Test
    void negativeThresholdsAreRefused() {
        assertRefused(() -> aPolicy().withDiscontinuationThreshold(-1).build(), "discontinuationThreshold",
            "must be between 0 and 1000000000, was -1");
    }

    @Test
    void aCountingRuleMustSelectSomething() {
        assertThatThrownBy(() -> new CountingRule(Set.of(), null, false))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(
                new Violation("components", "must name at least one component"),
                new Violation("regions", "must name at least one region")));
    }

    @Test
    void overridesNeedAReasonAnAuthorityAndAnOrderedRange() {
        assertThatThrownBy(() -> new PolicyOverride(0, PolicyStateKind.DISCONTINUATION_PENDING, P10817_FROM,
            P10773_FROM, " ", null, java.time.Instant.EPOCH, "admin"))
            .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.violations()).containsExactly(
                new Violation("state", "must be IN_EFFECT or DISCONTINUED"),
                new Violation("reason", "is required"), new Violation("authority", "is required"),
                new Violation("to", "2024-06-05 is before from 2024-10-01")));
    }

    private static void assertRefused(ThrowingCallable build, String field, String message) {
        assertThatThrownBy(build).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.violations()).containsExactly(new Violation(field, message)));
    }
}
