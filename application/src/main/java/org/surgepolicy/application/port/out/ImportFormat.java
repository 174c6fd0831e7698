package org.surgepolicy.application.port.out;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of file an import reads. */
public enum ImportFormat {
    /** Our daily CSV: one tally per line, stored in the ledger as revisions. */
    DAILY("daily"),
    /** CBP's nationwide encounters file by area of responsibility: published monthly statistics. */
    CBP_MONTHLY("cbp-monthly"),
    /** CBP's southwest land border encounters file (no area column): published monthly statistics. */
    CBP_SOUTHWEST("cbp-southwest");

    private final String code;

    ImportFormat(String code) {
        this.code = code;
    }

    /** The name used in requests, properties and job parameters, such as {@code cbp-monthly}. */
    public String code() {
        return code;
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
