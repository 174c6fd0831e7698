package org.surgepolicy.adapter.batch.imports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.statistics.Statistic;
import org.surgepolicy.domain.tally.Area;
import org.surgepolicy.domain.tally.AreaCode;
import org.surgepolicy.domain.tally.Areas;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import org.surgepolicy.domain.tally.Region;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.tally.TallyKey;

/**
 * The demonstration data set: an illustrative daily series derived, reproducibly, from CBP's real monthly southwest
 * land border file. Each month's count of a component, demographic, citizenship and encounter type (both titles of
 * authority together) is spread over areas (Border Patrol by the month's sector shares in the DHS sector file, carried
 * forward after its last month; OFO over the four southwest field offices equally), then over the days of the month
 * (weights that follow the level of the neighbouring months, with seeded noise), by integer apportionment, so that
 * every month sums exactly to the published count.
 */
public final class DemoDataSet {

    /** The CBP southwest land border file, as published. */
    static final String SOUTHWEST_FILE = "/demo/sbo-encounters-fy22-fy25-aug.csv";
    /** The DHS monthly Border Patrol encounters by sector. */
    static final String SECTOR_FILE = "/demo/usbp-monthly-encounters-by-sector-fy2000-fy2025.csv";
    /** The months derived: the policy's first windows (it starts on 2024-06-05) through the file's last month. */
    static final YearMonth FIRST_MONTH = YearMonth.of(2024, 4);
    static final YearMonth LAST_MONTH = YearMonth.of(2025, 8);

    private static final long SEED = 20240605L;
    private static final int WEIGHT_SCALE = 1_000_000;
    private static final List<String> FIELD_OFFICES = List.of("SND", "TUC", "ELP", "LRE");

    private record Group(YearMonth month, Component component, Demographic demographic, Citizenship citizenship,
                         EncounterType encounterType) {
    }

    private static final Comparator<Group> GROUP_ORDER = Comparator.comparing(Group::month)
        .thenComparing(Group::component).thenComparing(Group::demographic)
        .thenComparing(g -> g.citizenship().name()).thenComparing(Group::encounterType);

    private final List<ImportLine.StatisticLine> statistics;
    private final SortedMap<YearMonth, Map<String, Long>> sectorEncounters;

    private DemoDataSet(List<ImportLine.StatisticLine> statistics, SortedMap<YearMonth, Map<String, Long>> sectors) {
        this.statistics = statistics;
        this.sectorEncounters = sectors;
    }

    /** Reads the two shipped files. */
    public static DemoDataSet load() {
        return new DemoDataSet(southwestStatistics(), sectorEncounters());
    }

    /** The published monthly statistics of the months derived, as lines of the southwest file. */
    public List<ImportLine.StatisticLine> statistics() {
        return statistics.stream().filter(line -> inRange(line.statistic().month())).toList();
    }

    /** The daily tallies, in a fixed order; each is a line of a daily file (numbered from 2, after a header). */
    public List<ImportLine.TallyLine> dailyTallies() {
        SortedMap<Group, Long> groups = new TreeMap<>(GROUP_ORDER);
        for (ImportLine.StatisticLine line : statistics()) {
            Statistic s = line.statistic();
            groups.merge(new Group(s.month(), s.component(), s.demographic(), s.citizenship(), s.encounterType()),
                s.count(), Long::sum);
        }
        List<ImportLine.TallyLine> lines = new ArrayList<>();
        long[] lineNumber = {1};
        groups.forEach((group, total) -> spread(group, total, tally -> lines.add(new ImportLine.TallyLine(
            ++lineNumber[0], tally, csv(tally)))));
        return lines;
    }

    private void spread(Group group, long total, Consumer<Tally> out) {
        Map<String, Long> byArea = group.component() == Component.USBP
            ? apportion(total, sectorWeights(group.month()), seed(group, "areas"))
            : apportion(total, equalWeights(FIELD_OFFICES), seed(group, "areas"));
        long[] dayWeights = dayWeights(group.month());
        byArea.forEach((area, areaTotal) -> {
            long[] perDay = apportion(areaTotal, dayWeights, new Random(seed(group, area)));
            for (int day = 0; day < perDay.length; day++) {
                if (perDay[day] > 0) {
                    out.accept(new Tally(new TallyKey(group.month().atDay(day + 1), group.component(),
                        new AreaCode(area), group.demographic(), group.citizenship(), group.encounterType()),
                        perDay[day]));
                }
            }
        });
    }

    /** The southwest sectors' shares in a month, or in the last month the sector file has before it. */
    private SortedMap<String, Long> sectorWeights(YearMonth month) {
        SortedMap<YearMonth, Map<String, Long>> upTo = sectorEncounters.headMap(month.plusMonths(1));
        if (upTo.isEmpty()) {
            throw new IllegalStateException("the sector file has no month up to " + month);
        }
        return new TreeMap<>(upTo.get(upTo.lastKey()));
    }

    private static SortedMap<String, Long> equalWeights(List<String> areas) {
        SortedMap<String, Long> weights = new TreeMap<>();
        areas.forEach(area -> weights.put(area, 1L));
        return weights;
    }

    /**
     * The weight of each day of a month: a line from the level of the month before to that of the month after
     * (so that the series does not jump at month ends), times seeded noise of up to 12 percent either way.
     */
    private long[] dayWeights(YearMonth month) {
        double before = dailyLevel(month.minusMonths(1), month);
        double here = dailyLevel(month, month);
        double after = dailyLevel(month.plusMonths(1), month);
        int days = month.lengthOfMonth();
        Random noise = new Random(SEED ^ month.hashCode());
        long[] weights = new long[days];
        for (int d = 0; d < days; d++) {
            double position = (d + 0.5) / days;
            double level = position < 0.5 ? here + (before - here) * (0.5 - position)
                : here + (after - here) * (position - 0.5);
            weights[d] = Math.max(1, Math.round(WEIGHT_SCALE * level / here * (0.88 + 0.24 * noise.nextDouble())));
        }
        return weights;
    }

    /** The Border Patrol daily average of a month in the file, or of {@code fallback} outside it. */
    private double dailyLevel(YearMonth month, YearMonth fallback) {
        YearMonth known = inRange(month) ? month : fallback;
        long total = statistics.stream().filter(l -> l.statistic().month().equals(known)
            && l.statistic().component() == Component.USBP).mapToLong(l -> l.statistic().count()).sum();
        return Math.max(1, (double) total / known.lengthOfMonth());
    }

    /** Splits {@code total} over the keys by weight: floors first, then one more each to the largest remainders. */
    static Map<String, Long> apportion(long total, SortedMap<String, Long> weights, long seed) {
        List<String> keys = new ArrayList<>(weights.keySet());
        long[] w = keys.stream().mapToLong(weights::get).toArray();
        long[] shares = apportion(total, w, new Random(seed));
        Map<String, Long> result = new TreeMap<>();
        for (int i = 0; i < keys.size(); i++) {
            result.put(keys.get(i), shares[i]);
        }
        return result;
    }

    /**
     * Largest-remainder apportionment in exact integer arithmetic: the shares sum to {@code total}. Equal remainders
     * are ordered by the seeded random, so that no key is always the one that gets the extra unit.
     */
    static long[] apportion(long total, long[] weights, Random tieBreak) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        long[] shares = new long[weights.length];
        long[] remainders = new long[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            shares[i] = Math.multiplyExact(total, weights[i]) / sum;
            remainders[i] = Math.multiplyExact(total, weights[i]) % sum;
            given += shares[i];
        }
        List<Integer> order = new ArrayList<>();
        long[] ties = new long[weights.length];
        for (int i = 0; i < weights.length; i++) {
            order.add(i);
            ties[i] = tieBreak.nextLong();
        }
        order.sort(Comparator.<Integer>comparingLong(i -> -remainders[i]).thenComparingLong(i -> ties[i]));
        for (int k = 0; k < total - given; k++) {
            shares[order.get(k)]++;
        }
        return shares;
    }

    private static long seed(Group group, String salt) {
        return SEED * 31 + (group.toString() + "|" + salt).hashCode();
    }

    private static boolean inRange(YearMonth month) {
        return !month.isBefore(FIRST_MONTH) && !month.isAfter(LAST_MONTH);
    }

    /** A tally as a line of our daily file. */
    static String csv(Tally tally) {
        TallyKey k = tally.key();
        String citizenship = k.citizenship().name().contains(",") ? "\"" + k.citizenship().name() + "\""
            : k.citizenship().name();
        return String.join(",", k.date().toString(), k.component().name(), k.area().value(), k.demographic().name(),
            citizenship, k.encounterType().name(), Long.toString(tally.count()));
    }

    private static List<ImportLine.StatisticLine> southwestStatistics() {
        CsvLayout layout = new CsvLayout(ImportFormats.CBP_SOUTHWEST.columns());
        ImportLineParser parser = new ImportLineParser(ImportFormats.CBP_SOUTHWEST, layout, LocalDate.MAX);
        List<ImportLine.StatisticLine> lines = new ArrayList<>();
        readLines(SOUTHWEST_FILE, (number, text) -> {
            if (number == 1) {
                layout.readHeader(text);
                return;
            }
            switch (parser.process(new SourceLine(number, text))) {
                case ImportLine.StatisticLine line -> lines.add(line);
                case ImportLine.Rejected rejected -> throw new IllegalStateException(SOUTHWEST_FILE + " line "
                    + number + ": " + rejected.reason());
                case ImportLine.TallyLine tally -> throw new IllegalStateException("not a statistic: " + tally);
                case null -> { }
            }
        });
        return lines;
    }

    /** The southwest sectors' encounters per calendar month, by sector code. */
    private static SortedMap<YearMonth, Map<String, Long>> sectorEncounters() {
        SortedMap<YearMonth, Map<String, Long>> months = new TreeMap<>();
        readLines(SECTOR_FILE, (number, text) -> {
            if (number == 1 || text.isBlank()) {
                return;
            }
            List<String> fields = CsvFields.split(text);
            int fiscalYear = Integer.parseInt(fields.get(0).strip());
            int fiscalMonth = Integer.parseInt(fields.get(1).strip().substring(0, 2));
            YearMonth month = YearMonth.of(fiscalMonth <= 3 ? fiscalYear - 1 : fiscalYear, (fiscalMonth + 8) % 12 + 1);
            String name = fields.get(2).strip().replaceAll(",\\s*[A-Z]{2}$", "") + " Sector";
            Areas.findByName(name)
                .filter(area -> area.component() == Component.USBP && area.region() == Region.SOUTHWEST_LAND_BORDER)
                .map(Area::code)
                .ifPresent(code -> months.computeIfAbsent(month, m -> new TreeMap<>())
                    .merge(code, Long.parseLong(fields.get(3).strip()), Long::sum));
        });
        return months;
    }

    private interface LineHandler {
        void handle(long number, String text);
    }

    private static void readLines(String resource, LineHandler handler) {
        try (InputStream in = DemoDataSet.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the demonstration file " + resource + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String text;
            long number = 0;
            while ((text = reader.readLine()) != null) {
                handler.handle(++number, number == 1 ? text.replace("\uFEFF", "") : text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + resource, e);
        }
    }
}
