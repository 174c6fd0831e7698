package org.surgepolicy.domain.tally;

import java.time.LocalDate;
import org.surgepolicy.domain.validation.InvalidValueException;
import org.surgepolicy.domain.validation.Violations;

/** What a tally counts: one calendar day and one combination of every dimension. */
public record TallyKey(LocalDate date, Component component, AreaCode area, Demographic demographic,
                       Citizenship citizenship, EncounterType encounterType) {

    public TallyKey {
        Violations violations = new Violations()
            .requireNonNull(date, "date")
            .requireNonNull(component, "component")
            .requireNonNull(area, "area")
            .requireNonNull(demographic, "demographic")
            .requireNonNull(citizenship, "citizenship")
            .requireNonNull(encounterType, "encounterType");
        if (component != null && area != null) {
            Area known = area.area();
            violations.require(known.component() == component, "area", "area " + known.code() + " (" + known.name()
                + ") belongs to " + known.component() + ", not to " + component);
        }
        violations.throwIfAny();
    }

    /**
     * Builds a key from the codes as they arrive in a request or a file, reporting every bad field at once.
     *
     * @throws InvalidValueException naming each field that is missing or holds an unknown code
     */
    public static TallyKey parse(LocalDate date, String component, String area, String demographic,
                                 String citizenship, String encounterType) {
        Violations violations = new Violations().requireNonNull(date, "date");
        Component c = violations.check("", () -> Codes.parse(Component.class, component, "component"));
        AreaCode a = violations.check("", () -> new AreaCode(area));
        Demographic d = violations.check("", () -> Codes.parse(Demographic.class, demographic, "demographic"));
        Citizenship z = violations.check("", () -> new Citizenship(citizenship));
        EncounterType t = violations.check("", () -> Codes.parse(EncounterType.class, encounterType, "encounterType"));
        violations.throwIfAny();
        return new TallyKey(date, c, a, d, z, t);
    }

    /** The cell of the daily aggregate this key adds to. */
    public AggregateCell cell() {
        return new AggregateCell(component, area.region(), demographic, citizenship.contiguous());
    }
}
