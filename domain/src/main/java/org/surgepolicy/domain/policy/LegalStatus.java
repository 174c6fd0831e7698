package org.surgepolicy.domain.policy;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.surgepolicy.domain.validation.InvalidValueException;

/** Whether a policy is a rule in force or only a proposal; every answer about a proposed policy says so. */
public enum LegalStatus {
    /** The rule is law: what the engine decides is what applies. */
    IN_FORCE("in-force"),
    /** The rule never became law: the engine shows what it would have decided. */
    PROPOSED("proposed");

    private final String code;

    LegalStatus(String code) {
        this.code = code;
    }

    /** The status as a definition file writes it. */
    public String code() {
        return code;
    }

    public boolean proposed() {
        return this == PROPOSED;
    }

    /** The status written {@code code}, or an error naming {@code field} and the codes there are. */
    public static LegalStatus parse(String code, String field) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst()
            .orElseThrow(() -> new InvalidValueException(field, "unknown status '" + code + "'; expected one of "
                + Arrays.stream(values()).map(LegalStatus::code).collect(Collectors.joining(", "))));
    }
}
