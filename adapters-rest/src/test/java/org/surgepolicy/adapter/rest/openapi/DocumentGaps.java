package org.surgepolicy.adapter.rest.openapi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What an OpenAPI document leaves unsaid, each gap named by where it is: an operation, a parameter or a request body
 * property without a description, a parameter without an example, an example that its own schema refuses.
 */
final class DocumentGaps {

    private static final String SCHEMAS = "#/components/schemas/";

    private final JsonNode document;
    private final List<String> gaps = new ArrayList<>();

    private DocumentGaps(JsonNode document) {
        this.document = document;
    }

    /** Every gap of every operation. */
    static List<String> of(JsonNode document) {
        DocumentGaps found = new DocumentGaps(document);
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
            found.operation(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), operation.getValue())));
        return found.gaps;
    }

    /** The properties of a component schema and of every schema it reaches without a description. */
    static List<String> undescribedProperties(JsonNode document, String schema) {
        DocumentGaps found = new DocumentGaps(document);
        found.properties(schema, found.component(SCHEMAS + schema), new HashSet<>(), false);
        return found.gaps;
    }

    private void operation(String where, JsonNode operation) {
        if (blank(operation.path("description"))) {
            gaps.add(where + ": the operation has no description");
        }
        for (JsonNode parameter : operation.path("parameters")) {
            String name = where + " parameter " + parameter.path("name").asString();
            if (blank(parameter.path("description"))) {
                gaps.add(name + ": no description");
            }
            JsonNode example = parameter.has("example") ? parameter.get("example")
                : parameter.path("schema").path("example");
            if (example.isMissingNode() || example.isNull()) {
                gaps.add(name + ": no example");
            } else {
                refusal(parameter.path("schema"), example).ifPresent(why -> gaps.add(name + ": the example " + why));
            }
        }
        operation.path("requestBody").path("content").properties().forEach(media ->
            properties(where + " body (" + media.getKey() + ")", media.getValue().path("schema"), new HashSet<>(),
                true));
    }

    /** Each property of the schema (a component's, an array's items, or inline) and of the schemas it reaches. */
    private void properties(String where, JsonNode schema, Set<String> seen, boolean checkExamples) {
        JsonNode resolved = schema;
        if (schema.has("$ref")) {
            if (!seen.add(schema.path("$ref").asString())) {
                return;
            }
            resolved = component(schema.path("$ref").asString());
        }
        if (resolved.has("items")) {
            properties(where + "[]", resolved.path("items"), seen, checkExamples);
        }
        for (JsonNode part : resolved.path("allOf")) {
            properties(where, part, seen, checkExamples);
        }
        resolved.path("properties").properties().forEach(property -> {
            String name = where + "." + property.getKey();
            JsonNode value = property.getValue();
            if (blank(value.path("description"))) {
                gaps.add(name + ": no description");
            }
            if (checkExamples && value.has("example")) {
                refusal(value, value.get("example")).ifPresent(why -> gaps.add(name + ": the example " + why));
            }
            properties(name, value, seen, checkExamples);
        });
    }

    private JsonNode component(String ref) {
        if (!ref.startsWith(SCHEMAS)) {
            throw new IllegalArgumentException("not a component schema: " + ref);
        }
        return document.path("components").path("schemas").path(ref.substring(SCHEMAS.length()));
    }

    /** Why the schema refuses the example, if it does: a date that is no date, a number out of range, ... */
    static Optional<String> refusal(JsonNode schema, JsonNode example) {
        String text = example.isValueNode() ? example.asString() : example.toString();
        String type = schema.path("type").asString("");
        String format = schema.path("format").asString("");
        if (example.isNumber() && !type.equals("integer") && !type.equals("number")
            || example.isBoolean() && !type.equals("boolean")) {
            return Optional.of(text + " is not of the schema's type " + (type.isEmpty() ? "(none)" : type));
        }
        try {
            switch (type) {
                case "integer", "number" -> {
                    BigDecimal number = new BigDecimal(text);
                    if (type.equals("integer") && number.stripTrailingZeros().scale() > 0) {
                        return Optional.of("'" + text + "' is not a whole number");
                    }
                    if (schema.has("minimum") && number.compareTo(schema.get("minimum").decimalValue()) < 0) {
                        return Optional.of(text + " is below the minimum " + schema.get("minimum"));
                    }
                    if (schema.has("maximum") && number.compareTo(schema.get("maximum").decimalValue()) > 0) {
                        return Optional.of(text + " is above the maximum " + schema.get("maximum"));
                    }
                }
                case "boolean" -> {
                    if (!text.equals("true") && !text.equals("false")) {
                        return Optional.of("'" + text + "' is not true or false");
                    }
                }
                case "string" -> {
                    if (format.equals("date")) {
                        LocalDate.parse(text);
                    } else if (format.equals("date-time")) {
                        OffsetDateTime.parse(text);
                    }
                    if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asString()).matcher(text)
                        .find()) {
                        return Optional.of("'" + text + "' does not match " + schema.get("pattern").asString());
                    }
                    if (schema.has("maxLength") && text.length() > schema.get("maxLength").asInt()) {
                        return Optional.of("'" + text + "' is longer than " + schema.get("maxLength"));
                    }
                }
                default -> {
                }
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.of("'" + text + "' is not a valid " + (format.isEmpty() ? type : format) + ": "
                + e.getMessage());
        }
        if (schema.has("enum")) {
            List<String> allowed = new ArrayList<>();
            schema.get("enum").forEach(value -> allowed.add(value.asString()));
            if (!allowed.contains(text)) {
                return Optional.of("'" + text + "' is not one of " + allowed);
            }
        }
        return Optional.empty();
    }

    private static boolean blank(JsonNode text) {
        return text.isMissingNode() || text.isNull() || text.asString().isBlank();
    }
}
