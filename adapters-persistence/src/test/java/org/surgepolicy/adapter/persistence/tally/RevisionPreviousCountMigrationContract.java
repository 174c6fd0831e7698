package org.surgepolicy.adapter.persistence.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.surgepolicy.adapter.persistence.TestDatabase;

/**
 * V18 on each database (a subclass names it): the revisions stored before it get their previous counts, each the
 * count of its key's revision before it in id order, and null for a key's first revision.
 */
abstract class RevisionPreviousCountMigrationContract {

    /** A new database migrated up to {@code version}. */
    protected abstract TestDatabase openDatabaseUpTo(String version);

    @Test
    void theRevisionsStoredBeforeGetTheirKeysPreviousCounts() {
        try (TestDatabase database = openDatabaseUpTo("17")) {
            // ids interleave the keys; key b's revisions are stored out of id order
            insert(database, 1, "2024-05-01", "RGV", 5);
            insert(database, 2, "2024-05-01", "MIA", 3);
            insert(database, 4, "2024-05-01", "RGV", 7);
            insert(database, 3, "2024-05-01", "MIA", 0);
            insert(database, 5, "2024-05-02", "RGV", 9);
            insert(database, 6, "2024-05-01", "RGV", 2);
            insert(database, 7, "2024-05-01", "MIA", 4);

            database.migrate("18");

            Map<Long, Long> previous = new LinkedHashMap<>();
            database.jdbc().sql("select id, previous_count from tally_revision order by id")
                .query(rs -> {
                    previous.put(rs.getLong(1), rs.getObject(2, Long.class));
                });
            Map<Long, Long> expected = new LinkedHashMap<>();
            expected.put(1L, null);
            expected.put(2L, null);
            expected.put(3L, 3L);
            expected.put(4L, 5L);
            expected.put(5L, null);
            expected.put(6L, 7L);
            expected.put(7L, 0L);
            assertThat(previous).containsExactlyEntriesOf(expected);
        }
    }

    private static void insert(TestDatabase database, long id, String day, String area, long count) {
        database.jdbc().sql("insert into tally_revision (id, tally_date, component, area, demographic, citizenship,"
                + " encounter_type, encounter_count, recorded_at, recorded_by, source)"
                + " values (:id, cast(:day as date), 'USBP', :area, 'SA', 'MEXICO', 'TITLE_8', :count,"
                + " timestamp with time zone '2024-06-01 00:00:00+00', 'operator', 'test')")
            .param("id", id).param("day", day).param("area", area).param("count", count)
            .update();
    }
}
