package org.surgepolicy.bootstrap.batch;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.surgepolicy.application.port.out.ImportFormat;

/**
 * {@code surge.import.*}: how many rejected lines each format tolerates before an import changes nothing (a request
 * may say otherwise), keyed by the format's code; the longest line read rather than rejected; and how many imports
 * run at once on a node. Checked when the application starts.
 *
 * @param maxLineLength the longest line of an imported file, in bytes: a longer one is rejected (it is not read)
 * @param concurrency   how many imports run at once on this node; the others wait, queued, in order
 */
@ConfigurationProperties("surge.import")
public record SurgeImportProperties(@DefaultValue MaxRejects maxRejects, @DefaultValue("4096") int maxLineLength,
                                    @DefaultValue("2") int concurrency) {

    public SurgeImportProperties {
        if (maxLineLength < 64) {
            throw new IllegalArgumentException("surge.import.max-line-length must be at least 64 (bytes), was "
                + maxLineLength);
        }
        if (concurrency < 1) {
            throw new IllegalArgumentException("surge.import.concurrency must be at least 1, was " + concurrency);
        }
    }

    /** {@code surge.import.max-rejects.daily}, {@code .cbp-monthly}, {@code .cbp-southwest}. */
    public record MaxRejects(@DefaultValue("0") long daily, @DefaultValue("0") long cbpMonthly,
                             @DefaultValue("0") long cbpSouthwest) {

        public Map<ImportFormat, Long> byFormat() {
            Map<ImportFormat, Long> limits = new EnumMap<>(ImportFormat.class);
            limits.put(ImportFormat.DAILY, daily);
            limits.put(ImportFormat.CBP_MONTHLY, cbpMonthly);
            limits.put(ImportFormat.CBP_SOUTHWEST, cbpSouthwest);
            return limits;
        }
    }
}
