package org.surgepolicy.domain.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.surgepolicy.domain.fixtures.EverySeed;
import org.surgepolicy.domain.policy.CountingRule;
import org.junit.jupiter.api.Test;

class CellSelectionTest {

    @Test
    void everyCellIsListedOnceAtItsIndexAndSharedByOf() {
        List<AggregateCell> all = AggregateCell.all();
        assertThat(all).hasSize(AggregateCell.COUNT).doesNotHaveDuplicates();
        assertThat(AggregateCell.COUNT).isEqualTo(Component.values().length * Region.values().length
            * Demographic.values().length * 2);
        for (int i = 0; i < all.size(); i++) {
            AggregateCell cell = all.get(i);
            assertThat(cell.index()).as("%s", cell).isEqualTo(i);
            AggregateCell equal = new AggregateCell(cell.component(), cell.region(), cell.demographic(),
                cell.contiguousCitizenship());
            assertThat(equal.index()).as("an equal cell's").isEqualTo(i);
            assertThat(AggregateCell.of(cell.component(), cell.region(), cell.demographic(),
                cell.contiguousCitizenship())).isSameAs(cell).isEqualTo(equal);
        }
    }

    @Test
    void theShippedRuleSelectsTheSouthernBorderPatrolCellsLessNonContiguousChildren() {
        CellSelection selection = CellSelection.of(new CountingRule(Set.of(Component.USBP),
            Set.of(Region.SOUTHWEST_LAND_BORDER, Region.SOUTHERN_COASTAL), false));

        assertThat(selection.test(new AggregateCell(Component.USBP, Region.SOUTHWEST_LAND_BORDER,
            Demographic.SINGLE_ADULTS, false))).isTrue();
        assertThat(selection.test(new AggregateCell(Component.USBP, Region.SOUTHERN_COASTAL,
            Demographic.UC_SINGLE_MINORS, true))).isTrue();
        assertThat(selection.test(new AggregateCell(Component.USBP, Region.SOUTHWEST_LAND_BORDER,
            Demographic.UC_SINGLE_MINORS, false))).isFalse();
        assertThat(selection.test(new AggregateCell(Component.OFO, Region.SOUTHWEST_LAND_BORDER,
            Demographic.SINGLE_ADULTS, false))).isFalse();
        assertThat(selection.test(new AggregateCell(Component.USBP, Region.NORTHERN_LAND_BORDER,
            Demographic.SINGLE_ADULTS, true))).isFalse();
    }

    @EverySeed
    void answersForEveryCellAsTheChoiceItWasMadeOf(long seed) {
        Random random = new Random(seed);
        Map<Component, Set<Region>> regions = new java.util.EnumMap<>(Component.class);
        for (Component component : Component.values()) {
            Set<Region> some = EnumSet.noneOf(Region.class);
            for (Region region : Region.values()) {
                if (random.nextBoolean()) {
                    some.add(region);
                }
            }
            if (!some.isEmpty() && (regions.isEmpty() || random.nextBoolean())) {
                regions.put(component, some);
            }
        }
        if (regions.isEmpty()) {
            regions.put(Component.USBP, EnumSet.of(Region.OTHER));
        }
        CountingRule rule = new CountingRule(regions, random.nextBoolean());
        Set<AggregateCell> chosen = new HashSet<>();
        for (AggregateCell cell : AggregateCell.all()) {
            if (random.nextBoolean()) {
                chosen.add(cell);
            }
        }

        for (Predicate<AggregateCell> choice : List.<Predicate<AggregateCell>>of(rule, chosen::contains)) {
            CellSelection selection = CellSelection.of(choice);
            for (AggregateCell cell : AggregateCell.all()) {
                assertThat(selection.test(cell)).as("seed %d, %s", seed, cell).isEqualTo(choice.test(cell));
            }
        }
    }
}
