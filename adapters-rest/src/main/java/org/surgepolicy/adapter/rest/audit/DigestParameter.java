package org.surgepolicy.adapter.rest.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.surgepolicy.domain.audit.HeadDigest;
import org.surgepolicy.domain.validation.InvalidValueException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the {@code digest} query parameter: a digest file's JSON as it was kept, or that JSON in base64 (standard or
 * URL-safe), so that {@code curl -G --data-urlencode digest@audit-digest.json} sends it as it is.
 */
final class DigestParameter {

    private static final String FIELD = "digest";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DigestParameter() {
    }

    static HeadDigest parse(String parameter) {
        String text = parameter.strip();
        if (!text.startsWith("{")) {
            text = decoded(text);
        }
        JsonNode json;
        try {
            json = JSON.readTree(text);
        } catch (JacksonException e) {
            throw new InvalidValueException(FIELD, "is not the JSON of a digest: " + e.getOriginalMessage());
        }
        if (json == null || !json.isObject()) {
            throw new InvalidValueException(FIELD, "must be a JSON object with sequence, hash, instant and signature");
        }
        String algorithm = json.path("algorithm").asString(HeadDigest.ALGORITHM);
        if (!HeadDigest.ALGORITHM.equals(algorithm)) {
            throw new InvalidValueException(FIELD + ".algorithm", "must be " + HeadDigest.ALGORITHM + ", was "
                + algorithm);
        }
        JsonNode sequence = json.path("sequence");
        if (!sequence.canConvertToLong()) {
            throw new InvalidValueException(FIELD + ".sequence", "must be a whole number");
        }
        return new HeadDigest(sequence.asLong(), json.path("hash").asString(null), instant(json.path("instant")),
            json.path("signature").asString(null));
    }

    private static String decoded(String base64) {
        String compact = base64.replaceAll("\\s", "");
        try {
            return new String(Base64.getDecoder().decode(compact), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException standard) {
            try {
                return new String(Base64.getUrlDecoder().decode(compact), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException urlSafe) {
                throw new InvalidValueException(FIELD, "is neither a digest's JSON nor base64 of it");
            }
        }
    }

    private static Instant instant(JsonNode value) {
        String text = value.asString(null);
        if (text == null) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(FIELD + ".instant", "'" + text + "' is not an ISO-8601 instant");
        }
    }
}
