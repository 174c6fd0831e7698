package org.surgepolicy.adapter.batch.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Region;

class DemoDataSetTest {

    private static DemoDataSet data;
    private static List<ImportLine.TallyLine> daily;

    private record Key(YearMonth month, Component component, String demographic, String citizenship, String type) {
    }

    @BeforeAll
    static void derive() {
        data = DemoDataSet.load();
        daily = data.dailyTallies();
    }

    @Test
    void everyMonthSumsExactlyToThePublishedCounts() {
        Map<Key, Long> published = new HashMap<>();
        data.statistics().forEach(line -> {
            var s = line.statistic();
            published.merge(new Key(s.month(), s.component(), s.demographic().name(), s.citizenship().name(),
                s.encounterType().name()), s.count(), Long::sum);
        });
        Map<Key, Long> derived = new HashMap<>();
        daily.forEach(line -> {
            var k = line.tally().key();
            derived.merge(new Key(YearMonth.from(k.date()), k.component(), k.demographic().name(),
                k.citizenship().name(), k.encounterType().name()), line.tally().count(), Long::sum);
        });
        published.values().removeIf(count -> count == 0);
        assertThat(derived).isEqualTo(published);
        assertThat(published).hasSizeGreaterThan(500);
    }

    @Test
    void coversMay2024ThroughAugust2025WithEveryDayReported() {
        Set<LocalDate> days = new HashSet<>();
        daily.forEach(line -> days.add(line.tally().key().date()));
        for (LocalDate day = LocalDate.of(2024, 4, 1); !day.isAfter(LocalDate.of(2025, 8, 31)); day = day.plusDays(1)) {
            assertThat(days).as("reported days").contains(day);
        }
        assertThat(days).hasSize(518);
    }

    @Test
    void borderPatrolGoesToTheSouthwestSectorsAndFieldOperationsToTheFourFieldOffices() {
        Set<String> usbp = new HashSet<>();
        Set<String> ofo = new HashSet<>();
        daily.forEach(line -> {
            var k = line.tally().key();
            assertThat(k.area().region()).isEqualTo(Region.SOUTHWEST_LAND_BORDER);
            (k.component() == Component.USBP ? usbp : ofo).add(k.area().value());
        });
        assertThat(usbp).containsExactlyInAnyOrder("SDC", "ELC", "YUM", "TCA", "EPT", "BBT", "DRT", "LRT", "RGV");
        assertThat(ofo).containsExactlyInAnyOrder("SND", "TUC", "ELP", "LRE");
    }

    @Test
    void theDerivationIsReproducible() {
        assertThat(DemoDataSet.load().dailyTallies()).isEqualTo(daily);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 42, 1234, 99_999})
    void apportionmentSharesSumToTheTotalAndStayWithinOneOfTheExactShare(long seed) {
        Random random = new Random(seed);
        for (int n = 0; n < 200; n++) {
            long total = random.nextInt(1_000_000);
            long[] weights = new long[1 + random.nextInt(31)];
            long sum = 0;
            for (int i = 0; i < weights.length; i++) {
                weights[i] = 1 + random.nextInt(1_000_000);
                sum += weights[i];
            }
            long[] shares = DemoDataSet.apportion(total, weights, new Random(seed));
            long given = 0;
            for (int i = 0; i < shares.length; i++) {
                double exact = (double) total * weights[i] / sum;
                assertThat((double) shares[i]).as("seed %d", seed).isBetween(Math.floor(exact), Math.ceil(exact));
                given += shares[i];
            }
            assertThat(given).as("seed %d", seed).isEqualTo(total);
        }
    }
}
