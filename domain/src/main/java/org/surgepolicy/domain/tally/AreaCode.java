package org.surgepolicy.domain.tally;

import org.surgepolicy.domain.validation.InvalidValueException;

/** The code of a known CBP area; an unknown code cannot be built. */
public record AreaCode(String value) {

    public AreaCode {
        if (value == null || value.isBlank()) {
            throw new InvalidValueException("area", "is required");
        }
        if (Areas.find(value).isEmpty()) {
            throw new InvalidValueException("area", "unknown area code '" + value
                + "'; expected a CBP sector or field office code such as RGV, TCA or ELP");
        }
    }

    public Area area() {
        return Areas.find(value).orElseThrow();
    }

    public Region region() {
        return area().region();
    }

    @Override
    public String toString() {
        return value;
    }
}
