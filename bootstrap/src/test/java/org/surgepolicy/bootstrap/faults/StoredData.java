package org.surgepolicy.bootstrap.faults;


import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a database holds after a fault, read with SQL of the test's own (not the service's code): the submitted rows
 * per request, and whether the maintained tables agree with the revisions they are made from.
 */
final class StoredData {

    private static final String KEY = "tally_date, component, area, demographic, citizenship, encounter_type";
    private static final String LATEST = "(select r.* from tally_revision r join (select max(id) as id from"
        + " tally_revision group by " + KEY + ") m on m.id = r.id)";

    /** Rows and their sum, per source. */
    private record Stored(long rows, long sum) {
    }

    private final Map<String, Stored> bySource;
    private final long aggregateDifferences;
    private final long latestDifferences;

    private StoredData(Map<String, Stored> bySource, long aggregateDifferences, long latestDifferences) {
        this.bySource = bySource;
        this.aggregateDifferences = aggregateDifferences;
        this.latestDifferences = latestDifferences;
    }

    static StoredData read(String url, String user) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, "");
             Statement statement = connection.createStatement()) {
            Map<String, Stored> bySource = new HashMap<>();
            try (ResultSet rows = statement.executeQuery("select source, count(*), sum(encounter_count)"
                + " from tally_revision group by source")) {
                while (rows.next()) {
                    bySource.put(rows.getString(1), new Stored(rows.getLong(2), rows.getLong(3)));
                }
            }
            // The daily aggregate summed per day, component and demographic (its region and citizenship group follow
            // from the area and the citizenship), against the same sums of each key's latest revision.
            String rebuilt = "select tally_date, component, demographic, sum(encounter_count) as total from " + LATEST
                + " latest group by tally_date, component, demographic";
            String maintained = "select tally_date, component, demographic, sum(total) as total from daily_aggregate"
                + " group by tally_date, component, demographic";
            long aggregate = single(statement, differences(rebuilt, maintained));
            String latest = "select " + KEY + ", encounter_count, id from " + LATEST + " latest";
            String kept = "select " + KEY + ", encounter_count, revision_id from tally_latest";
            return new StoredData(bySource, aggregate, single(statement, differences(latest, kept)));
        }
    }

    /** How many rows one query has that the other has not, both ways. */
    private static String differences(String one, String other) {
        return "select count(*) from ((" + one + " except " + other + ") union all (" + other + " except " + one
            + ")) d";
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** How many revisions {@code source} holds. */
    long revisions(String source) {
        Stored stored = bySource.get(source);
        return stored == null ? 0 : stored.rows();
    }

    /**
     * What became of the requests of a load.
     *
     * @param found    requests with rows stored
     * @param lost     acknowledged requests with no row stored
     * @param partial  requests stored with other rows or counts than they sent
     * @param stray    stored requests of the load that were never sent
     * @param examples the first few requests in any of the last three, for the failure's message
     */
    record LoadCheck(long found, long lost, long partial, long stray, List<String> examples) {
    }

    LoadCheck check(List<SubmissionLoad.Outcome> outcomes) {
        int rows = SubmissionLoad.DEMOGRAPHICS.size();
        long found = 0;
        long lost = 0;
        long partial = 0;
        List<String> examples = new ArrayList<>();
        Set<String> sent = new HashSet<>();
        for (SubmissionLoad.Outcome outcome : outcomes) {
            sent.add(outcome.source());
            Stored stored = bySource.get(outcome.source());
            if (stored == null) {
                if (outcome.acknowledged()) {
                    lost++;
                    example(examples, outcome.source() + " acknowledged but not stored");
                }
                continue;
            }
            found++;
            if (!stored.equals(new Stored(rows, outcome.expectedSum()))) {
                partial++;
                example(examples, outcome.source() + " stored as " + stored + ", sent " + rows + " rows summing to "
                    + outcome.expectedSum());
            }
        }
        List<String> stray = bySource.keySet().stream()
            .filter(s -> s.startsWith(SubmissionLoad.SOURCE_PREFIX) && !sent.contains(s)).toList();
        stray.forEach(s -> example(examples, s + " stored but never sent"));
        return new LoadCheck(found, lost, partial, stray.size(), examples);
    }

    private static void example(List<String> examples, String example) {
        if (examples.size() < 10) {
            examples.add(example);
        }
    }

    long aggregateDifferences() {
        return aggregateDifferences;
    }

    long latestDifferences() {
        return latestDifferences;
    }
}
