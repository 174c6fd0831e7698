package org.surgepolicy.domain.imports;

import java.time.LocalDate;
import java.util.List;

/**
 * A kind of file an import reads: its name, the columns it must have, how one of its lines reads, and where its rows
 * go. Where they go is the closed choice, so that every place that depends on it is an exhaustive switch: a
 * {@link TallyFormat} feeds the tally ledger, a {@link StatisticsFormat} the published statistics. The formats of
 * each kind are open: a new one is one new type (and its entry in {@link ImportFormats}).
 */
public sealed interface ImportFormat permits TallyFormat, StatisticsFormat {

    /** The name used in requests, properties and job parameters, such as {@code cbp-monthly}. */
    String code();

    /**
     * The columns a file of the format must have, by their compared names: lower case, each run of other characters
     * than letters and digits as one "_" (so that CBP's {@code Month (abbv)} is {@code month_abbv}).
     */
    List<String> columns();

    /**
     * What a data line says, read from its fields; an {@link org.surgepolicy.domain.validation.InvalidValueException}
     * naming every bad field when it says nothing valid.
     *
     * @param latestDate the newest date a tally may carry
     */
    ImportLine read(long lineNumber, Fields fields, String raw, LocalDate latestDate);

    /** A line's fields by column (one of {@link #columns()}), stripped of surrounding blanks. */
    @FunctionalInterface
    interface Fields {
        String value(String column);
    }
}
