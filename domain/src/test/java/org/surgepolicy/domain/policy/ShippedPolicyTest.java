package org.surgepolicy.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.tally.AggregateCell;
import org.surgepolicy.domain.tally.Area;
import org.surgepolicy.domain.tally.Areas;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.Region;

/**
 * The fixture of the shipped policy says what docs/rule.md, "The policy that ships", says, and the areas are its
 * reference list.
 */
class ShippedPolicyTest {

    static final PolicyDefinition SHIPPED = securingTheBorder();

    @Test
    void startsInEffectOnJune5InNewYorkWithoutAnEnd() {
        assertThat(SHIPPED.id()).isEqualTo("securing-the-border");
        assertThat(SHIPPED.timeZone()).isEqualTo(ZoneId.of("America/New_York"));
        assertThat(SHIPPED.startsOn()).isEqualTo("2024-06-05");
        assertThat(SHIPPED.endsOn()).isNull();
        assertThat(SHIPPED.initialState()).isEqualTo(PolicyStateKind.IN_EFFECT);
    }

    @Test
    void hasTheTwoVersionsWithTheirParametersAndCitations() {
        assertThat(SHIPPED.versions()).extracting(PolicyVersion::id, PolicyVersion::effectiveFrom,
                PolicyVersion::citation)
            .containsExactly(
                tuple("p10773", LocalDate.of(2024, 6, 5),
                    "Proclamation 10773 §2(a)-(c), §4"),
                tuple("p10817", LocalDate.of(2024, 10, 1),
                    "Proclamation 10817 §1-2; 89 FR 81156"));
        assertThat(SHIPPED.versions()).extracting(PolicyVersion::parameters).containsExactly(
            new RuleParameters(7, 2_500, 1_500, 1, 1, 14, 1, CancellationThreshold.ACTIVATION_THRESHOLD),
            new RuleParameters(7, 2_500, 1_500, 28, 1, 14, 1, CancellationThreshold.ACTIVATION_THRESHOLD));
    }

    @Test
    void bothVersionsCountBorderPatrolOfTheSouthwestAndTheSouthernCoastOnly() {
        for (PolicyVersion version : SHIPPED.versions()) {
            CountingRule rule = version.countingRule();
            assertThat(rule.components()).containsExactly(Component.USBP);
            assertThat(rule.regions()).containsExactlyInAnyOrder(Region.SOUTHWEST_LAND_BORDER,
                Region.SOUTHERN_COASTAL);
            List<String> counted = Areas.all().stream()
                .filter(a -> rule.test(new AggregateCell(a.component(), a.region(), Demographic.SINGLE_ADULTS,
                    true)))
                .map(Area::code).toList();
            assertThat(counted).as(version.id()).containsExactlyInAnyOrder("SDC", "ELC", "YUM", "TCA", "EPT",
                "BBT", "DRT", "LRT", "RGV", "MIP", "NLL", "RMY");
        }
    }

    @Test
    void onlyP10817CountsUnaccompaniedChildrenOfCountriesOtherThanMexicoAndCanada() {
        AggregateCell farChildren = new AggregateCell(Component.USBP, Region.SOUTHWEST_LAND_BORDER,
            Demographic.UC_SINGLE_MINORS, false);
        AggregateCell nearChildren = new AggregateCell(Component.USBP, Region.SOUTHWEST_LAND_BORDER,
            Demographic.UC_SINGLE_MINORS, true);

        assertThat(SHIPPED.version("p10773").orElseThrow().countingRule().test(farChildren)).isFalse();
        assertThat(SHIPPED.version("p10817").orElseThrow().countingRule().test(farChildren)).isTrue();
        assertThat(SHIPPED.versions()).allSatisfy(v -> assertThat(v.countingRule().test(nearChildren)).isTrue());
    }

    @Test
    void theAreasOfEachRegionAreThoseOfPolicyMd() {
        assertThat(codes(Component.USBP, Region.SOUTHWEST_LAND_BORDER))
            .containsExactlyInAnyOrder("SDC", "ELC", "YUM", "TCA", "EPT", "BBT", "DRT", "LRT", "RGV");
        assertThat(codes(Component.USBP, Region.SOUTHERN_COASTAL)).containsExactlyInAnyOrder("MIP", "NLL", "RMY");
        assertThat(codes(Component.USBP, Region.NORTHERN_LAND_BORDER))
            .containsExactlyInAnyOrder("BLW", "SPW", "HVM", "GFN", "DTM", "BUN", "SWB", "HLT");
        assertThat(Areas.all()).filteredOn(a -> a.component() == Component.OFO)
            .extracting(Area::code).doesNotContainAnyElementsOf(Set.of("RGV", "MIP", "BLW"));
        assertThat(Areas.findByName(" rio grande valley sector ")).map(Area::code).contains("RGV");
    }

    private static List<String> codes(Component component, Region region) {
        return Areas.all().stream().filter(a -> a.component() == component && a.region() == region)
            .map(Area::code).toList();
    }
}
