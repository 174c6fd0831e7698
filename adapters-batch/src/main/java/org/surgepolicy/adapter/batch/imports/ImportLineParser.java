package org.surgepolicy.adapter.batch.imports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.surgepolicy.application.port.out.ImportFormat;
import org.surgepolicy.application.port.out.ImportLine;
import org.surgepolicy.application.port.out.PublishedStatistics;
import org.surgepolicy.domain.tally.AreaCode;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Dataset;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import org.surgepolicy.domain.tally.Tally;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violation;
import org.surgepolicy.domain.validation.Violations;

/**
 * Turns a line of a file into what it says: a tally (validated by the domain's {@link Tally#parse}), a published
 * statistic (CBP's words mapped by {@link CbpWords}), or a reject naming every bad field (or
 * what made the line unreadable). Blank lines are dropped.
 */
final class ImportLineParser implements ItemProcessor<SourceLine, ImportLine> {

    private final ImportFormat format;
    private final CsvLayout layout;
    private final LocalDate today;

    /** @param today the newest date a daily row may carry */
    ImportLineParser(ImportFormat format, CsvLayout layout, LocalDate today) {
        this.format = format;
        this.layout = layout;
        this.today = today;
    }

    @Override
    public ImportLine process(SourceLine line) {
        if (line.fault() != null) {
            return new ImportLine.Rejected(line.number(), line.fault(), line.text());
        }
        if (line.blank()) {
            return null;
        }
        try {
            List<String> fields = CsvFields.split(line.text());
            if (fields.size() != layout.width()) {
                throw new InvalidValueException("line", "has " + fields.size() + " fields where the header has "
                    + layout.width());
            }
            return switch (format) {
                case DAILY -> new ImportLine.TallyLine(line.number(), tally(fields), line.text());
                case CBP_MONTHLY -> new ImportLine.StatisticLine(line.number(),
                    statistic(fields, Dataset.CBP_NATIONWIDE), line.text());
                case CBP_SOUTHWEST -> new ImportLine.StatisticLine(line.number(),
                    statistic(fields, Dataset.CBP_SOUTHWEST), line.text());
            };
        } catch (InvalidValueException e) {
            return new ImportLine.Rejected(line.number(), e.getMessage(), line.text());
        } catch (IllegalArgumentException e) {
            return new ImportLine.Rejected(line.number(), "the line " + e.getMessage(), line.text());
        }
    }

    private Tally tally(List<String> fields) {
        Violations violations = new Violations();
        LocalDate date = violations.check("", () -> date(layout.value(fields, "date")));
        Long count = violations.check("", () -> count(layout.value(fields, "count"), "count"));
        boolean dateRead = date != null;
        boolean countRead = count != null;
        Tally tally = violations.check("", () -> Tally.parse(date, layout.value(fields, "component"),
            layout.value(fields, "area"), layout.value(fields, "demographic"), layout.value(fields, "citizenship"),
            layout.value(fields, "encounter_type"), count, today));
        List<Violation> found = violations.list().stream()
            .filter(v -> dateRead || !v.field().equals("date") || !v.message().equals("is required"))
            .filter(v -> countRead || !v.field().equals("count") || !v.message().equals("is required"))
            .toList();
        if (!found.isEmpty()) {
            throw new InvalidValueException(found);
        }
        return tally;
    }

    private PublishedStatistics.Statistic statistic(List<String> fields, Dataset dataset) {
        boolean nationwide = dataset == Dataset.CBP_NATIONWIDE;
        Violations violations = new Violations();
        YearMonth month = violations.check("", () -> CbpWords.month(layout.value(fields, "fiscal_year"),
            layout.value(fields, "month_abbv")));
        Component component = violations.check("", () -> CbpWords.component(layout.value(fields, "component")));
        AreaCode area = nationwide && component != null
            ? violations.check("", () -> CbpWords.area(layout.value(fields, "area_of_responsibility"),
                layout.value(fields, "aor_abbv"), component))
            : null;
        Demographic demographic = violations.check("",
            () -> CbpWords.demographic(layout.value(fields, "demographic")));
        Citizenship citizenship = violations.check("", () -> CbpWords.citizenship(
            layout.value(fields, nationwide ? "citizenship" : "citizenship_grouping")));
        PublishedStatistics.TitleOfAuthority title = violations.check("",
            () -> CbpWords.title(layout.value(fields, "title_of_authority")));
        EncounterType type = violations.check("",
            () -> CbpWords.encounterType(layout.value(fields, "encounter_type")));
        Long count = violations.check("", () -> count(layout.value(fields, "encounter_count"), "encounterCount"));
        violations.throwIfAny();
        return new PublishedStatistics.Statistic(dataset, month, component, area, demographic, citizenship, title,
            type, count);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException("date", text.isEmpty() ? "is required"
                : "'" + text + "' is not a date (YYYY-MM-DD)");
        }
    }

    private static Long count(String text, String field) {
        if (text.isEmpty()) {
            throw new InvalidValueException(field, "is required");
        }
        try {
            long count = Long.parseLong(text);
            if (count < 0) {
                throw new InvalidValueException(field, "must not be negative, was " + count);
            }
            return count;
        } catch (NumberFormatException e) {
            throw new InvalidValueException(field, "'" + text + "' is not a whole number");
        }
    }
}
