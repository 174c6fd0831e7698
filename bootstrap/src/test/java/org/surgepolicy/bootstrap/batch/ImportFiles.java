package org.surgepolicy.bootstrap.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.tally.Citizenship;

/** Daily files for the import tests, written the way real files arrive: a byte-order mark, CRLF, blank trailing lines. */
public final class ImportFiles {

    public static final String HEADER = "date,component,area,demographic,citizenship,encounter_type,count";
    /** The areas of the southern border, Border Patrol's. */
    public static final List<String> AREAS = List.of("SDC", "ELC", "YUM", "TCA", "EPT", "BBT", "DRT", "LRT", "RGV",
        "MIP", "NLL", "RMY");
    public static final List<String> DEMOGRAPHICS = List.of("SINGLE_ADULTS", "FMUA", "UC_SINGLE_MINORS",
        "ACCOMPANIED_MINORS");

    private ImportFiles() {
    }

    /** The data lines of a valid file: {@code rows} distinct keys from {@code firstDay}, twelve areas a day. */
    static List<String> dailyLines(LocalDate firstDay, int rows) {
        return java.util.stream.IntStream.range(0, rows).mapToObj(i -> String.join(",",
            firstDay.plusDays(i / AREAS.size()).toString(), "USBP", AREAS.get(i % AREAS.size()), "SINGLE_ADULTS",
            i % 2 == 0 ? "MEXICO" : "\"CHINA, PEOPLES REPUBLIC OF\"", "APPREHENSIONS", Long.toString(count(i))))
            .toList();
    }

    /** The count of data line {@code i} of {@link #dailyLines}. */
    static long count(int i) {
        return 10 + i;
    }

    static long total(int rows) {
        long total = 0;
        for (int i = 0; i < rows; i++) {
            total += count(i);
        }
        return total;
    }

    /** A file of the header and the lines with CRLF line ends, and none after the last line. */
    static byte[] fileWithoutTrailingLineEnd(List<String> lines) {
        return (HEADER + "\r\n" + String.join("\r\n", lines)).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Appends a line (CRLF) for every key of {@code areas}, each demographic and each known citizenship on each of
     * {@code days} days from {@code first}, with counts that go from 0 to 16 in turn; returns the sum of the counts.
     * A large file for the tests of long imports: {@code days} times {@code areas} times 84 lines.
     */
    public static long appendEveryKey(Appendable out, LocalDate first, int days, List<String> areas)
        throws IOException {
        List<String> citizenships = Citizenship.KNOWN.stream().sorted().toList();
        long total = 0;
        int line = 0;
        for (int d = 0; d < days; d++) {
            String day = first.plusDays(d).toString();
            for (String area : areas) {
                for (String demographic : DEMOGRAPHICS) {
                    for (String citizenship : citizenships) {
                        long count = line++ % 17;
                        total += count;
                        out.append(String.join(",", day, "USBP", area, demographic,
                            citizenship.contains(",") ? "\"" + citizenship + "\"" : citizenship, "APPREHENSIONS",
                            Long.toString(count))).append("\r\n");
                    }
                }
            }
        }
        return total;
    }

    /** A file of the header and the lines, with a byte-order mark, CRLF line ends and two blank lines at the end. */
    static byte[] file(List<String> lines) {
        StringBuilder text = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        lines.forEach(line -> text.append(line).append("\r\n"));
        text.append("\r\n\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
