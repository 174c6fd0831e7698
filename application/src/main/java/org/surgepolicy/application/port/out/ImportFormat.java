package org.surgepolicy.application.port.out;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of file an import reads. */
public enum ImportFormat {
    /** Our daily CSV: one tally per line, stored in the ledger as revisions. */
    DAILY("daily", "date", "component", "area", "demographic", "citizenship", "encounter_type", "count"),
    /** CBP's nationwide encounters file by area of responsibility: published monthly statistics. */
    CBP_MONTHLY("cbp-monthly", "fiscal_year", "month_abbv", "component", "area_of_responsibility", "aor_abbv",
        "demographic", "citizenship", "title_of_authority", "encounter_type", "encounter_count"),
    /** CBP's southwest land border encounters file (no area column): published monthly statistics. */
    CBP_SOUTHWEST("cbp-southwest", "fiscal_year", "month_abbv", "component", "demographic", "citizenship_grouping",
        "title_of_authority", "encounter_type", "encounter_count");

    private final String code;
    private final List<String> columns;

    ImportFormat(String code, String... columns) {
        this.code = code;
        this.columns = List.of(columns);
    }

    /** The name used in requests, properties and job parameters, such as {@code cbp-monthly}. */
    public String code() {
        return code;
    }

    /**
     * The columns a file of the format must have, by their compared names: lower case, each run of other characters
     * than letters and digits as one "_" (so that CBP's {@code Month (abbv)} is {@code month_abbv}).
     */
    public List<String> columns() {
        return columns;
    }

    /** Whether the file's rows go to the daily ledger (rather than to the published statistics). */
    public boolean daily() {
        return this == DAILY;
    }

    public static Optional<ImportFormat> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    /** The codes, comma-separated, for messages. */
    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(ImportFormat::code).toList());
    }
}
