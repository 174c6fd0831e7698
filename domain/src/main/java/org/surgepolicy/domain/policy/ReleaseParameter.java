package org.surgepolicy.domain.policy;

/** A number of a version's release, written {@code release.<field>}. */
public enum ReleaseParameter implements Parameter {
    /** The days in each average the release compares. */
    WINDOW("release.window"),
    /** The consecutive daily averages below the release threshold that a LOW determination needs. */
    CONSECUTIVE_DAYS("release.consecutiveDays");

    private final String key;

    ReleaseParameter(String key) {
        this.key = key;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Object coerce(Object value) {
        return Parameter.wholeInt(value, key);
    }
}
