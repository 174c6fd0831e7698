package org.surgepolicy.domain.imports;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.statistics.Statistic;
import org.surgepolicy.domain.statistics.TitleOfAuthority;
import org.surgepolicy.domain.tally.Area;
import org.surgepolicy.domain.tally.AreaCode;
import org.surgepolicy.domain.tally.Areas;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violations;

/**
 * CBP's words in its published files, mapped to our codes. A word not listed is refused with the words that are, never
 * guessed: a new word in a new publication should stop an import, not be counted somewhere by a near match.
 */
final class CbpWords {

    private static final Words<Component> COMPONENTS = words(Map.of(
        "U.S. Border Patrol", Component.USBP,
        "Office of Field Operations", Component.OFO));

    private static final Words<Demographic> DEMOGRAPHICS = words(Map.of(
        "Single Adults", Demographic.SINGLE_ADULTS,
        "FMUA", Demographic.FMUA,
        "UC / Single Minors", Demographic.UC_SINGLE_MINORS,
        "UAC", Demographic.UC_SINGLE_MINORS,
        "Accompanied Minors", Demographic.ACCOMPANIED_MINORS));

    private static final Words<EncounterType> ENCOUNTER_TYPES = words(Map.of(
        "Apprehensions", EncounterType.APPREHENSIONS,
        "Inadmissibles", EncounterType.INADMISSIBLES,
        "Expulsions", EncounterType.EXPULSIONS));

    private static final Words<TitleOfAuthority> TITLES = words(Map.of(
        "Title 8", TitleOfAuthority.TITLE_8,
        "Title 42", TitleOfAuthority.TITLE_42));

    /** CBP's fiscal months; a fiscal year starts in October of the calendar year before. */
    private static final Words<Integer> FISCAL_MONTHS = words(Map.ofEntries(
        Map.entry("OCT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12), Map.entry("JAN", 1), Map.entry("FEB", 2),
        Map.entry("MAR", 3), Map.entry("APR", 4), Map.entry("MAY", 5), Map.entry("JUN", 6), Map.entry("JUL", 7),
        Map.entry("AUG", 8), Map.entry("SEP", 9)));

    /** {@code 2024}, or a year still running as CBP writes it: {@code 2025 (FYTD)}. */
    private static final Pattern FISCAL_YEAR = Pattern.compile("(\\d{4})(?:\\s*\\(FYTD\\))?");

    private CbpWords() {
    }

    /**
     * A line of one of CBP's files as a statistic, every bad word named at once.
     *
     * @param citizenshipColumn the column that holds the citizenship, whose name differs between the files
     * @param area              reads the line's area for its component, or gives null where the file has none
     */
    static Statistic statistic(ImportFormat.Fields fields, Dataset dataset, String citizenshipColumn,
                               BiFunction<ImportFormat.Fields, Component, AreaCode> area) {
        Violations violations = new Violations();
        YearMonth month = violations.check("", () -> month(fields.value("fiscal_year"), fields.value("month_abbv")));
        Component component = violations.check("", () -> component(fields.value("component")));
        AreaCode areaCode = component != null ? violations.check("", () -> area.apply(fields, component)) : null;
        Demographic demographic = violations.check("", () -> demographic(fields.value("demographic")));
        Citizenship citizenship = violations.check("", () -> citizenship(fields.value(citizenshipColumn)));
        TitleOfAuthority title = violations.check("", () -> title(fields.value("title_of_authority")));
        EncounterType type = violations.check("", () -> encounterType(fields.value("encounter_type")));
        Long count = violations.check("", () -> LineFields.count(fields.value("encounter_count"), "encounterCount"));
        violations.throwIfAny();
        return new Statistic(dataset, month, component, areaCode, demographic, citizenship, title, type, count);
    }

    static Component component(String word) {
        return lookUp(COMPONENTS, word, "component");
    }

    static Demographic demographic(String word) {
        return lookUp(DEMOGRAPHICS, word, "demographic");
    }

    static EncounterType encounterType(String word) {
        return lookUp(ENCOUNTER_TYPES, word, "encounterType");
    }

    static TitleOfAuthority title(String word) {
        return lookUp(TITLES, word, "titleOfAuthority");
    }

    /** The calendar month of a fiscal year and month: OCT of fiscal year 2024 is October 2023. */
    static YearMonth month(String fiscalYear, String fiscalMonth) {
        Matcher year = FISCAL_YEAR.matcher(fiscalYear.strip());
        if (!year.matches()) {
            throw new InvalidValueException("fiscalYear", "'" + fiscalYear
                + "' is not a fiscal year; expected a year such as 2024 or 2025 (FYTD)");
        }
        int month = lookUp(FISCAL_MONTHS, fiscalMonth, "month");
        int fiscal = Integer.parseInt(year.group(1));
        return YearMonth.of(month >= 10 ? fiscal - 1 : fiscal, month);
    }

    /** A citizenship as CBP writes it, in any case ({@code Mexico}, {@code CHINA, PEOPLES REPUBLIC OF}). */
    static Citizenship citizenship(String word) {
        return new Citizenship(word.strip().toUpperCase(Locale.ROOT));
    }

    /**
     * An area by its name ({@code Rio Grande Valley Sector}, {@code El Paso Field Office}) or, failing that, by its
     * code ({@code RGV}); it must belong to the row's component, and name and code must not disagree.
     */
    static AreaCode area(String name, String code, Component component) {
        Optional<Area> byName = name.isBlank() ? Optional.empty() : Areas.findByName(name);
        Optional<Area> byCode = code.isBlank() ? Optional.empty() : Areas.find(code.strip().toUpperCase(Locale.ROOT));
        if (byName.isPresent() && byCode.isPresent() && !byName.get().equals(byCode.get())) {
            throw new InvalidValueException("area", "the area of responsibility '" + name + "' is "
                + byName.get().code() + ", but its code reads '" + code + "'");
        }
        Area area = byName.or(() -> byCode).orElseThrow(() -> new InvalidValueException("area",
            "unknown area of responsibility '" + name + "' (code '" + code + "'); expected a CBP sector or field"
                + " office such as 'Rio Grande Valley Sector' (RGV) or 'El Paso Field Office'"));
        if (area.component() != component) {
            throw new InvalidValueException("area", area.name() + " belongs to " + area.component() + ", not to "
                + component);
        }
        return new AreaCode(area.code());
    }

    /** Words of one kind: by their key (stripped, lower case), and as CBP writes them, for messages. */
    private record Words<T>(Map<String, T> byKey, String expected) {
    }

    private static <T> Words<T> words(Map<String, T> byWord) {
        Map<String, T> byKey = new LinkedHashMap<>();
        byWord.forEach((word, value) -> byKey.put(key(word), value));
        return new Words<>(byKey, String.join(", ", byWord.keySet().stream().sorted().toList()));
    }

    private static <T> T lookUp(Words<T> words, String word, String field) {
        T value = words.byKey().get(key(word));
        if (value == null) {
            throw new InvalidValueException(field, word.isBlank() ? "is required" : "unknown word '" + word.strip()
                + "'; expected one of " + words.expected());
        }
        return value;
    }

    private static String key(String word) {
        return word.strip().toLowerCase(Locale.ROOT);
    }
}
