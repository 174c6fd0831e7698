package org.surgepolicy.adapter.persistence.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.surgepolicy.domain.fixtures.BorderEmergencyFixtures;
import org.surgepolicy.domain.policy.CountingRule;
import org.surgepolicy.domain.policy.LegalStatus;
import org.surgepolicy.domain.policy.PolicyDefinition;
import org.surgepolicy.domain.policy.Trigger;
import org.surgepolicy.domain.policy.TriggerKind;
import org.surgepolicy.domain.tally.AggregateCell;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.Region;

/** The shipped {@code border-emergency-authority.yaml}, and the general form of a definition file it is written in. */
class BorderEmergencyPolicyFileTest {

    /** The policy exactly as docs/rule.md describes it. */
    static final PolicyDefinition BORDER_EMERGENCY_AUTHORITY = BorderEmergencyFixtures.borderEmergencyAuthority();

    static String shippedText() {
        return ShippedPolicyFiles.text(ShippedPolicyFiles.BORDER_EMERGENCY_AUTHORITY);
    }

    /** The shipped text with its first {@code from} replaced by {@code to}. */
    static String shippedWith(String from, String to) {
        return ShippedPolicyFiles.textWith(ShippedPolicyFiles.BORDER_EMERGENCY_AUTHORITY, from, 1, to);
    }

    @Test
    void theShippedFileLoadsAsTheProposedPolicyOfPolicyMdSection7() {
        PolicyDefinition shipped = new YamlPolicyCatalog().find("border-emergency-authority").orElseThrow();

        assertThat(shipped).isEqualTo(BORDER_EMERGENCY_AUTHORITY);
        assertThat(shipped.legalStatus().proposed()).isTrue();
        assertThat(shipped.legalStatus().code()).isEqualTo("proposed");
    }

    @Test
    void itCountsBorderPatrolOfTheSouthAndFieldOfficesOfTheSouthwestOnly() {
        CountingRule rule = BORDER_EMERGENCY_AUTHORITY.versions().getFirst().countingRule();

        assertThat(rule.test(cell(Component.OFO, Region.SOUTHWEST_LAND_BORDER))).isTrue();
        assertThat(rule.test(cell(Component.OFO, Region.SOUTHERN_COASTAL))).isFalse();
        assertThat(rule.test(cell(Component.OFO, Region.OTHER))).isFalse();
        assertThat(rule.test(cell(Component.USBP, Region.SOUTHERN_COASTAL))).isTrue();
        assertThat(rule.test(cell(Component.USBP, Region.NORTHERN_LAND_BORDER))).isFalse();
        assertThat(rule.test(new AggregateCell(Component.USBP, Region.SOUTHWEST_LAND_BORDER,
            Demographic.UC_SINGLE_MINORS, false))).isFalse();
    }

    private static AggregateCell cell(Component component, Region region) {
        return new AggregateCell(component, region, Demographic.SINGLE_ADULTS, true);
    }

    @Test
    void aDiscretionaryTriggerIsFineWithNothingToRecordDecisionsInTheFile() {
        PolicyDefinition onlyDiscretionary = PolicyFileReader.read("only-discretionary.yaml", shippedText()
            .replace("id: border-emergency-authority", "id: only-discretionary")
            .replace("kind: MANDATORY", "kind: DISCRETIONARY"));

        assertThat(onlyDiscretionary.versions().getFirst().parameters().triggers())
            .extracting(Trigger::kind).containsOnly(TriggerKind.DISCRETIONARY);
    }

    @Test
    void withoutAStatusAPolicyIsInForce() {
        PolicyDefinition inForce = PolicyFileReader.read("in-force.yaml", shippedWith("status: proposed\n", ""));

        assertThat(inForce.legalStatus()).isEqualTo(LegalStatus.IN_FORCE);
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
            Arguments.of("a release threshold above its trigger's threshold",
                shippedWith("releaseThreshold: 3750", "releaseThreshold: 6000"),
                "versions[0].parameters.triggers[0].releaseThreshold: 6000 is above the trigger's threshold 5000:"
                    + " a release threshold must not exceed the threshold of its trigger"),
            Arguments.of("a cap longer than its period", shippedWith("[270, 225, 180]", "[400, 225, 180]"),
                "cap.limits[0]: 400 days is longer than its period, 2024-06-05 to 2025-06-04 (365 days)"),
            Arguments.of("a negative cap", shippedWith("[270, 225, 180]", "[270, -5, 180]"),
                "cap.limits[1]: must be a number of days, 0 or more, was -5"),
            Arguments.of("a cap whose periods end before the policy", shippedWith("[270, 225, 180]", "[270, 225]"),
                "cap.limits: the 2 periods of P1Y from 2024-06-05 end on 2026-06-04, but the policy ends on"
                    + " 2027-06-04: give a limit for every period, or an end date within them"),
            Arguments.of("a cap on a policy without an end", shippedWith("endsOn: 2027-06-04\n", ""),
                "cap.limits: the 3 periods of P1Y from 2024-06-05 end on 2027-06-04, but the policy has no end"
                    + " date: give a limit for every period, or an end date within them"),
            Arguments.of("a period that is not one", shippedWith("period: P1Y", "period: yearly"),
                "cap.period: must be a length of time such as P1Y or P90D, was 'yearly'"),
            Arguments.of("a trigger without a threshold", shippedWith("threshold: 8500\n", ""),
                "versions[0].parameters.triggers[1].threshold: is required"),
            Arguments.of("two triggers with one name", shippedWith("name: DISCRETIONARY_AVERAGE",
                    "name: MANDATORY_AVERAGE"),
                "versions[0].parameters.triggers[2].name: 'MANDATORY_AVERAGE' is already the name of triggers[0]"),
            Arguments.of("a trigger without a name", shippedWith("- name: MANDATORY_DAY\n          kind:",
                    "- kind:"),
                "versions[0].parameters.triggers[1].name: is required"),
            Arguments.of("a name that is not one", shippedWith("name: MANDATORY_DAY", "name: mandatory day"),
                "versions[0].parameters.triggers[1].name: must be 1 to 64 upper-case letters, digits or '_',"
                    + " starting with a letter, was 'mandatory day'"),
            Arguments.of("an unknown kind of trigger", shippedWith("kind: DISCRETIONARY", "kind: OPTIONAL"),
                "versions[0].parameters.triggers[2].kind: unknown code 'OPTIONAL'; expected one of MANDATORY,"
                    + " DISCRETIONARY"),
            Arguments.of("a trigger window that is not a number", shippedWith("window: 1", "window: one"),
                "versions[0].parameters.triggers[1].window: must be a whole number, was 'one'"),
            Arguments.of("an unknown field of a trigger", shippedWith("threshold: 8500", "threshold: 8500\n"
                    + "          colour: red"),
                "versions[0].parameters.triggers[1].colour: unknown field; expected one of name, kind, window,"
                    + " threshold, releaseThreshold"),
            Arguments.of("a simple-form parameter beside triggers", shippedWith("activationDelay: 1",
                    "activationDelay: 1\n      consecutiveDays: 7"),
                "versions[0].parameters.consecutiveDays: not with triggers: the simple form's window,"
                    + " activationThreshold, discontinuationThreshold and consecutiveDays describe one trigger; with"
                    + " a list of triggers, give each its window, threshold and releaseThreshold, and the release its"
                    + " window and consecutiveDays"),
            Arguments.of("a release without its count of days", shippedWith("consecutiveDays: 7", "days: 7"),
                "versions[0].parameters.release.days: unknown field; expected one of window, consecutiveDays;"
                    + " versions[0].parameters.release.consecutiveDays: is required"),
            Arguments.of("a release window out of range", shippedWith("window: 7\n        consecutiveDays",
                    "window: 0\n        consecutiveDays"),
                "versions[0].parameters.release.window: must be between 1 and 366 days, was 0"),
            Arguments.of("an unknown status", shippedWith("status: proposed", "status: draft"),
                "status: unknown status 'draft'; expected one of in-force, proposed"),
            Arguments.of("a component selected twice", shippedWith("component: OFO", "component: USBP"),
                "versions[0].countingRule.select[1].component: USBP is already selected by"
                    + " versions[0].countingRule.select[0]"),
            Arguments.of("components beside a selection", shippedWith("      select:",
                    "      components: [USBP]\n      select:"),
                "versions[0].countingRule.components: not with select: either list the components and regions"
                    + " counted together, or select each component with its regions"),
            Arguments.of("a selection without regions", shippedWith("regions: [SOUTHWEST_LAND_BORDER]\n",
                    "regions: []\n"),
                "versions[0].countingRule.select[1].regions: must name at least one region"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsRefusedNamingTheField(String problem, String text, String message) {
        assertThatThrownBy(() -> PolicyFileReader.read("border-emergency-authority.yaml", text))
            .isInstanceOf(PolicyFileException.class)
            .hasMessage("border-emergency-authority.yaml: " + message);
    }
}
