package org.surgepolicy.application.tally.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.tally.TallyRevision;
import org.surgepolicy.domain.validation.InvalidValueException;

/** Read the tallies of a day, with their history if asked. */
public interface GetTalliesQuery {

    List<TallyRevision> tallies(Query query);

    /**
     * @param area    a CBP area code, or null for all areas
     * @param history every revision rather than only the latest of each key
     */
    record Query(LocalDate date, String area, Instant knownAt, boolean history) {
        public Query {
            if (date == null) {
                throw new InvalidValueException("date", "is required");
            }
        }
    }
}
