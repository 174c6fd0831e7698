package org.surgepolicy.domain.tally;

import java.time.LocalDate;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;
import org.surgepolicy.domain.validation.Violations;

/** A reported count of encounters for one key. */
public record Tally(TallyKey key, long count) {

    /** The largest count one tally may carry. */
    public static final long MAX_COUNT = 1_000_000;

    public Tally {
        if (key == null) {
            throw new InvalidValueException("key", "is required");
        }
        if (count < 0 || count > MAX_COUNT) {
            throw new InvalidValueException("count", "must be between 0 and " + MAX_COUNT + ", was " + count);
        }
    }

    /**
     * Builds a tally from the values of a request row or a file line, reporting every bad field at once.
     *
     * @throws InvalidValueException naming each field that is missing, out of range or holds an unknown code
     */
    public static Tally parse(LocalDate date, String component, String area, String demographic, String citizenship,
                              String encounterType, Long count) {
        Violations violations = new Violations();
        TallyKey key = violations.check("",
            () -> TallyKey.parse(date, component, area, demographic, citizenship, encounterType));
        violations.requireNonNull(count, "count");
        if (count != null) {
            violations.require(count >= 0 && count <= MAX_COUNT, "count",
                "must be between 0 and " + MAX_COUNT + ", was " + count);
        }
        violations.throwIfAny();
        return new Tally(key, count);
    }

    /**
     * As {@link #parse(LocalDate, String, String, String, String, String, Long)}, and refuses a date after
     * {@code today} (a count of a day not yet over), reporting it with the other bad fields.
     */
    public static Tally parse(LocalDate date, String component, String area, String demographic, String citizenship,
                              String encounterType, Long count, LocalDate today) {
        Violations violations = new Violations();
        Tally tally = violations.check("",
            () -> parse(date, component, area, demographic, citizenship, encounterType, count));
        if (date != null && date.isAfter(today)) {
            violations.add(new Violation("date", date + " is in the future (today is " + today + ")"));
        }
        violations.throwIfAny();
        return tally;
    }
}
