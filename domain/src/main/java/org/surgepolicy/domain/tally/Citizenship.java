package org.surgepolicy.domain.tally;

import java.util.Set;
import java.util.TreeSet;
import org.surgepolicy.domain.validation.InvalidValueException;

/** A citizenship as CBP writes it in its encounter statistics: an upper-case country name, or OTHER. */
public record Citizenship(String name) {

    /** The countries that share a land border with the United States. */
    public static final Set<String> CONTIGUOUS = Set.of("MEXICO", "CANADA");

    /** CBP's citizenship groupings in its published encounter files; everything else is reported as OTHER. */
    public static final Set<String> KNOWN = Set.copyOf(new TreeSet<>(Set.of(
        "BRAZIL", "CANADA", "CHINA, PEOPLES REPUBLIC OF", "COLOMBIA", "CUBA", "ECUADOR", "EL SALVADOR",
        "GUATEMALA", "HAITI", "HONDURAS", "INDIA", "MEXICO", "MYANMAR (BURMA)", "NICARAGUA", "OTHER", "PERU",
        "ROMANIA", "RUSSIA", "TURKEY", "UKRAINE", "VENEZUELA")));

    public static final Citizenship MEXICO = new Citizenship("MEXICO");
    public static final Citizenship OTHER = new Citizenship("OTHER");

    public Citizenship {
        if (name == null || name.isBlank()) {
            throw new InvalidValueException("citizenship", "is required");
        }
        if (!KNOWN.contains(name)) {
            throw new InvalidValueException("citizenship", "unknown citizenship '" + name
                + "'; expected a country as CBP writes it (upper case, such as MEXICO or"
                + " 'CHINA, PEOPLES REPUBLIC OF'), or OTHER");
        }
    }

    /** Whether the country is Mexico or Canada. */
    public boolean contiguous() {
        return CONTIGUOUS.contains(name);
    }

    @Override
    public String toString() {
        return name;
    }
}
