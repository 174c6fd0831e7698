package org.surgepolicy.adapter.batch.imports;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;

/**
 * {@code surge.import.*}, the imports' settings, checked when the application starts: a value missing or out of range
 * stops the start with a message naming its property. The defaults are in application.yml.
 *
 * @param folder        where uploaded files are kept while their imports need them
 * @param chunkSize     lines per chunk (one transaction each) of the import job
 * @param maxLineLength the longest line of an imported file, in bytes: a longer one is rejected (it is not read)
 * @param concurrency   how many imports run at once on this node; the others wait, queued, in order
 * @param maxRejects    per format, by its code, how many rejected lines an import tolerates before it changes nothing
 *                      (a request may say otherwise): one for every format, none for another
 */
@ConfigurationProperties("surge.import")
public record SurgeImportProperties(Path folder, int chunkSize, int maxLineLength, int concurrency,
                                    Map<String, Long> maxRejects) {

    private static final String PREFIX = "surge.import.";

    public SurgeImportProperties {
        if (folder == null) {
            throw new IllegalArgumentException(PREFIX + "folder is required");
        }
        if (chunkSize < 1) {
            throw new IllegalArgumentException(PREFIX + "chunk-size must be at least 1, was " + chunkSize);
        }
        if (maxLineLength < 64) {
            throw new IllegalArgumentException(PREFIX + "max-line-length must be at least 64 (bytes), was "
                + maxLineLength);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException(PREFIX + "concurrency must be at least 1, was " + concurrency);
        }
        maxRejects = maxRejects == null ? Map.of() : Map.copyOf(maxRejects);
    }

    /**
     * The reject limit of every format, from {@code surge.import.max-rejects.<code>}; refuses a format without one,
     * a negative one, and one for a code that names no format.
     */
    public Map<ImportFormat, Long> maxRejects(ImportFormats formats) {
        Map<ImportFormat, Long> limits = new LinkedHashMap<>();
        for (ImportFormat format : formats.all()) {
            String property = PREFIX + "max-rejects." + format.code();
            Long limit = maxRejects.get(format.code());
            if (limit == null) {
                throw new IllegalArgumentException(property + " is required: the rejected lines an import of "
                    + format.code() + " files tolerates (0 or more)");
            }
            if (limit < 0) {
                throw new IllegalArgumentException(property + " must be 0 or more, was " + limit);
            }
            limits.put(format, limit);
        }
        for (String code : maxRejects.keySet()) {
            if (formats.find(code).isEmpty()) {
                throw new IllegalArgumentException(PREFIX + "max-rejects." + code + " names no import format; the"
                    + " formats are " + formats.codes());
            }
        }
        return limits;
    }
}
