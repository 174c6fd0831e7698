package org.surgepolicy.bootstrap.batch;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/** Daily files for the import tests, written the way real files arrive: a byte-order mark, CRLF, blank trailing lines. */
final class ImportFiles {

    static final String HEADER = "date,component,area,demographic,citizenship,encounter_type,count";
    private static final List<String> AREAS = List.of("SDC", "ELC", "YUM", "TCA", "EPT", "BBT", "DRT", "LRT", "RGV",
        "MIP", "NLL", "RMY");

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

    /** A file of the header and the lines, with a byte-order mark, CRLF line ends and two blank lines at the end. */
    static byte[] file(List<String> lines) {
        StringBuilder text = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        lines.forEach(line -> text.append(line).append("\r\n"));
        text.append("\r\n\r\n");
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
