package org.surgepolicy.adapter.batch.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import org.surgepolicy.domain.audit.HeadDigest;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A digest of the audit chain's head as a file: JSON with its sequence, hash, instant, signature and algorithm, the
 * form that {@code GET /api/v1/audit/verification?digest=} takes back.
 */
public final class AuditDigestFile {

    /** The name of the digest that each nightly run writes among its reports. */
    public static final String NIGHTLY = "audit-digest.json";

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private AuditDigestFile() {
    }

    public static void write(HeadDigest digest, Writer out) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("sequence", digest.sequence());
        fields.put("hash", digest.hash());
        fields.put("instant", digest.instant().toString());
        fields.put("signature", digest.signature());
        fields.put("algorithm", HeadDigest.ALGORITHM);
        JSON.writeValue(out, fields);
    }
}
