package org.surgepolicy.adapter.rest.error;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.surgepolicy.domain.validation.InvalidValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/** Reads what is wrong with a request out of the exceptions that report it, as {@link ProblemError}s. */
final class RequestErrors {

    /** Where Jackson says a token started: "(start marker at [Source: REDACTED (...); line: 1, column: 28])". */
    private static final String SOURCE_REFERENCE =
        " ?\\(start marker at \\[Source:[^\\]]*\\]\\)| ?at \\[Source:[^\\]]*\\]";

    private RequestErrors() {
    }

    static List<ProblemError> of(InvalidValueException e) {
        return e.violations().stream().map(v -> ProblemError.of(v.field().isEmpty() ? null : v.field(), v.message()))
            .toList();
    }

    static List<ProblemError> of(BindingResult binding) {
        List<ProblemError> errors = new ArrayList<>();
        for (var error : binding.getAllErrors()) {
            String field = error instanceof FieldError f ? f.getField() : error.getObjectName();
            errors.add(ProblemError.of(field, error.getDefaultMessage()));
        }
        return errors;
    }

    /** A query or path parameter that could not be converted to its type. */
    static ProblemError of(TypeMismatchException e) {
        String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        String value = String.valueOf(e.getValue());
        String hint = value.contains(" ") ? " (a '+' in a query must be sent as %2B)" : "";
        return ProblemError.of(name, "must be " + ExpectedValues.describe(e.getRequiredType()) + ", was "
            + ExpectedValues.quoted(value) + hint);
    }

    /**
     * What is wrong in a JSON body that Jackson could not read: the field (by its path) and, when the text itself is
     * broken, its line and column.
     */
    static ProblemError of(JacksonException e) {
        String field = path(e.getPath());
        TokenStreamLocation location = e.getLocation();
        Integer line = location != null && location.getLineNr() > 0 ? location.getLineNr() : null;
        Integer column = location != null && location.getColumnNr() > 0 ? location.getColumnNr() : null;
        return new ProblemError(field, line, column, message(e));
    }

    /** Whether the body is not JSON at all (rather than JSON with a wrong value in it). */
    static boolean isSyntaxError(JacksonException e) {
        return e instanceof StreamReadException && !(e instanceof InputCoercionException);
    }

    private static String message(JacksonException e) {
        return switch (e) {
            case InvalidFormatException f -> "must be " + ExpectedValues.describe(f.getTargetType()) + ", was "
                + ExpectedValues.quoted(f.getValue());
            case MismatchedInputException m -> "must be " + ExpectedValues.describe(m.getTargetType()) + ", was "
                + token(m.getCurrentToken());
            case InputCoercionException c -> "must be " + ExpectedValues.describe(c.getTargetType())
                + " in range: " + firstLine(c.getOriginalMessage());
            default -> firstLine(e.getOriginalMessage());
        };
    }

    private static String token(JsonToken token) {
        if (token == null) {
            return "nothing (the body ends early)";
        }
        return switch (token) {
            case START_OBJECT, END_OBJECT -> "an object";
            case START_ARRAY, END_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT -> "a whole number";
            case VALUE_NUMBER_FLOAT -> "a number with a fraction";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "a " + token.name().toLowerCase();
        };
    }

    /** Jackson's message without the parts that speak of its own settings rather than of the request. */
    private static String firstLine(String message) {
        if (message == null) {
            return "cannot be read";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).replaceAll(SOURCE_REFERENCE, "");
    }

    /** The JSON path as a field path: {@code tallies[3].count}; null for the whole body. */
    static String path(List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }
}
