package org.surgepolicy.adapter.rest.error;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One invalid value of a request: where it is (a field path such as {@code tallies[3].area}, and for a body that
 * cannot be read the line and column) and what is wrong with it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProblemError(String field, Integer line, Integer column, String message) {

    public static ProblemError of(String field, String message) {
        return new ProblemError(field, null, null, message);
    }

    @Override
    public String toString() {
        String at = field != null ? field : line != null ? "line " + line + ", column " + column : null;
        return at == null ? message : at + ": " + message;
    }
}
