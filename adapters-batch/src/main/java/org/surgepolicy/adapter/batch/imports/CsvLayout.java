package org.surgepolicy.adapter.batch.imports;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.surgepolicy.domain.validation.InvalidValueException;

/**
 * The columns of a file, read from its header: each required column's position. Headers match by name whatever their
 * case and punctuation, so that CBP's {@code Month (abbv)} and the snake_case {@code month_abbv} are one column.
 */
public class CsvLayout {

    private final List<String> required;
    private Map<String, Integer> positions;
    private int width;

    CsvLayout(List<String> required) {
        this.required = List.copyOf(required);
    }

    /** Reads the header (line 1); refuses one that lacks a required column, naming it. */
    void readHeader(String header) {
        List<String> names;
        try {
            names = CsvFields.split(header);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("line 1", "the header " + e.getMessage());
        }
        Map<String, Integer> found = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            found.putIfAbsent(normalized(names.get(i)), i);
        }
        List<String> missing = required.stream().filter(column -> !found.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidValueException("line 1", "the header lacks the column" + (missing.size() > 1 ? "s " : " ")
                + String.join(", ", missing) + "; expected the columns " + expected()
                + " (found " + header.strip() + ")");
        }
        positions = found;
        width = names.size();
    }

    /** The required columns, comma-separated, for messages. */
    String expected() {
        return String.join(",", required);
    }

    boolean hasHeader() {
        return positions != null;
    }

    /** How many fields each record must have: as many as the header. */
    int width() {
        return width;
    }

    /** The value of a column in a record's fields, stripped of surrounding blanks. */
    String value(List<String> fields, String column) {
        Integer position = positions.get(column);
        if (position == null) {
            throw new IllegalArgumentException("no column " + column);
        }
        return fields.get(position).strip();
    }

    /** A header name as compared: lower case, every run of other characters than letters and digits as one "_". */
    static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }
}
