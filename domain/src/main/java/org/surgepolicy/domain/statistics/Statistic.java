package org.surgepolicy.domain.statistics;

import java.time.YearMonth;
import java.util.Objects;
import org.surgepolicy.domain.tally.AreaCode;
import org.surgepolicy.domain.tally.Citizenship;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Demographic;
import org.surgepolicy.domain.tally.EncounterType;

/**
 * One published count.
 *
 * @param month the calendar month (CBP's fiscal month translated)
 * @param area  the area, or null where the publication has none
 */
public record Statistic(Dataset dataset, YearMonth month, Component component, AreaCode area, Demographic demographic,
                        Citizenship citizenship, TitleOfAuthority title, EncounterType encounterType, long count) {

    public Statistic {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(demographic, "demographic");
        Objects.requireNonNull(citizenship, "citizenship");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(encounterType, "encounterType");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, was " + count);
        }
    }
}
