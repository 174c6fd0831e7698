package org.surgepolicy.domain.policy;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.surgepolicy.domain.validation.Violations;

/** A set of rule parameters, a counting rule and a citation, in force from a date until the next version. */
public record PolicyVersion(String id, LocalDate effectiveFrom, RuleParameters parameters, CountingRule countingRule,
                            String citation) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public PolicyVersion {
        new Violations()
            .require(id != null && ID.matcher(id).matches(), "id",
                "must be 1 to 64 letters, digits, '.', '_' or '-', was " + quoted(id))
            .requireNonNull(effectiveFrom, "effectiveFrom")
            .requireNonNull(parameters, "parameters")
            .requireNonNull(countingRule, "countingRule")
            .require(citation != null && !citation.isBlank(), "citation",
                "is required: every determination cites the text it applies")
            .throwIfAny();
    }

    /** This version with other parameters (for simulations). */
    public PolicyVersion withParameters(RuleParameters changed) {
        return new PolicyVersion(id, effectiveFrom, changed, countingRule, citation);
    }

    static String quoted(String s) {
        return s == null ? "nothing" : "'" + s + "'";
    }
}
