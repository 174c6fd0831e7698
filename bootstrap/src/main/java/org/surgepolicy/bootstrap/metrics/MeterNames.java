package org.surgepolicy.bootstrap.metrics;

/** The names and tags of the service's meters (Prometheus writes the dots as underscores and adds the unit). */
final class MeterNames {

    static final String POLICY_STATE = "surge.policy.state";
    static final String POLICY_EFFECTIVE_STATE = "surge.policy.effective.state";
    static final String LATEST_AVERAGE = "surge.policy.latest.average";
    static final String DAYS_BELOW = "surge.policy.below.threshold";
    static final String DAYS_BELOW_REQUIRED = "surge.policy.below.threshold.required";
    static final String NEXT_CHANGE = "surge.policy.next.change";
    static final String DATA_FRESHNESS = "surge.data.freshness";
    static final String DATA_STALE = "surge.data.stale";
    static final String RESTATEMENTS = "surge.restatements";
    static final String DETERMINATIONS = "surge.determinations";
    static final String TALLIES_RECEIVED = "surge.tallies.received";
    static final String TALLIES_REVISED = "surge.tallies.revised";
    static final String TALLIES_UNCHANGED = "surge.tallies.unchanged";
    static final String TALLIES_REJECTED = "surge.tallies.rejected";
    static final String SUBMISSION_GROUPS = "surge.submission.groups";
    static final String RECOMPUTATION = "surge.recomputation";
    static final String IMPORTS = "surge.imports";
    static final String IMPORT_LINES = "surge.import.lines";

    static final String POLICY = "policy";
    static final String STATE = "state";
    static final String TYPE = "type";
    static final String KIND = "kind";
    static final String SOURCE = "source";
    static final String OUTCOME = "outcome";
    static final String FORMAT = "format";
    static final String STATUS = "status";

    static final String DAYS = "days";
    static final String ENCOUNTERS = "encounters";
    /** Prometheus leaves out a unit that the name already ends with: surge_determinations_total. */
    static final String DETERMINATIONS_UNIT = "determinations";
    static final String RESTATEMENTS_UNIT = "restatements";
    static final String ROWS = "rows";
    static final String LINES = "lines";

    private MeterNames() {
    }
}
