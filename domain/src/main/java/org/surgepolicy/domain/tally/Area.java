package org.surgepolicy.domain.tally;

import java.util.Objects;

/** A CBP area of responsibility: a Border Patrol sector or an OFO field office, with its region. */
public record Area(String code, String name, Component component, Region region) {

    public Area {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(region, "region");
    }
}
