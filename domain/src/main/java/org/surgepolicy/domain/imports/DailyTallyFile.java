package org.surgepolicy.domain.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;
import org.surgepolicy.domain.validation.Violations;

/** Our daily CSV ({@code daily}): one tally per line, validated by {@link Tally#parse}, stored as revisions. */
public record DailyTallyFile() implements TallyFormat {

    private static final List<String> COLUMNS = List.of("date", "component", "area", "demographic", "citizenship",
        "encounter_type", "count");

    @Override
    public String code() {
        return "daily";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public Tally tally(Fields fields, LocalDate latestDate) {
        Violations violations = new Violations();
        LocalDate date = violations.check("", () -> date(fields.value("date")));
        Long count = violations.check("", () -> LineFields.count(fields.value("count"), "count"));
        boolean dateRead = date != null;
        boolean countRead = count != null;
        Tally tally = violations.check("", () -> Tally.parse(date, fields.value("component"), fields.value("area"),
            fields.value("demographic"), fields.value("citizenship"), fields.value("encounter_type"), count,
            latestDate));
        if (violations.isEmpty()) {
            return tally;
        }
        // A date or count that did not read is said once, by its own reason, not again as missing.
        List<Violation> found = violations.list().stream()
            .filter(v -> dateRead || !v.field().equals("date") || !v.message().equals("is required"))
            .filter(v -> countRead || !v.field().equals("count") || !v.message().equals("is required"))
            .toList();
        if (!found.isEmpty()) {
            throw new InvalidValueException(found);
        }
        return tally;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date", text.isEmpty() ? "is required"
                : "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }
}
