package org.surgepolicy.domain.policy;

import java.util.Arrays;
import java.util.Optional;

/** A number of one named trigger, written {@code triggers.<NAME>.<field>}. */
public record TriggerParameter(String trigger, Field field) implements Parameter {

    static final String PREFIX = "triggers.";

    /** The numbers a trigger has. */
    public enum Field {
        WINDOW("window"),
        THRESHOLD("threshold"),
        RELEASE_THRESHOLD("releaseThreshold");

        private final String key;

        Field(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }

        static Optional<Field> fromKey(String key) {
            return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
        }
    }

    @Override
    public String key() {
        return PREFIX + trigger + "." + field.key();
    }

    @Override
    public Object coerce(Object value) {
        return field == Field.WINDOW ? (Object) Parameter.wholeInt(value, key()) : Parameter.wholeNumber(value, key());
    }
}
