package org.surgepolicy.domain.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
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

    private static List<AggregateCell> everyCell() {
        List<AggregateCell> cells = new ArrayList<>();
        for (Component component : Component.values()) {
            for (Region region : Region.values()) {
                for (Demographic demographic : Demographic.values()) {
                    cells.add(new AggregateCell(component, region, demographic, false));
                    cells.add(new AggregateCell(component, region, demographic, true));
                }
            }
        }
        return cells;
    }

    @Test
    void everyCellHasAnIndexOfItsOwnBelowTheCount() {
        Set<Integer> indexes = new HashSet<>();
        for (AggregateCell cell : everyCell()) {
            assertThat(cell.index()).isBetween(0, AggregateCell.COUNT - 1);
            assertThat(indexes.add(cell.index())).as("%s has an index of its own", cell).isTrue();
            assertThat(new AggregateCell(cell.component(), cell.region(), cell.demographic(),
                cell.contiguousCitizenship()).index()).as("an equal cell's").isEqualTo(cell.index());
        }
        assertThat(indexes).hasSize(AggregateCell.COUNT);
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
        for (AggregateCell cell : everyCell()) {
            if (random.nextBoolean()) {
                chosen.add(cell);
            }
        }

        for (Predicate<AggregateCell> choice : List.<Predicate<AggregateCell>>of(rule, chosen::contains)) {
            CellSelection selection = CellSelection.of(choice);
            for (AggregateCell cell : everyCell()) {
                assertThat(selection.test(cell)).as("seed %d, %s", seed, cell).isEqualTo(choice.test(cell));
            }
        }
    }
}
