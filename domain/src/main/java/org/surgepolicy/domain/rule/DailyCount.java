package org.surgepolicy.domain.rule;

import java.time.LocalDate;
import org.surgepolicy.domain.validation.Violations;

/** A day's counted encounters under a counting rule. */
public record DailyCount(LocalDate date, long count) {

    public DailyCount {
        new Violations()
            .requireNonNull(date, "date")
            .require(count >= 0, "count", "must not be negative, was " + count)
            .throwIfAny();
    }
}
