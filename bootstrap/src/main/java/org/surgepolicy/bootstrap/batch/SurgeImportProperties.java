package org.surgepolicy.bootstrap.batch;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.surgepolicy.application.port.out.ImportFormat;

/**
 * {@code surge.import.*}: how many rejected lines each format tolerates before an import changes nothing (a request
 * may say otherwise), keyed by the format's code.
 */
@ConfigurationProperties("surge.import")
public record SurgeImportProperties(@DefaultValue MaxRejects maxRejects) {

    /** {@code surge.import.max-rejects.daily}, {@code .cbp-monthly}, {@code .cbp-southwest}. */
    public record MaxRejects(@DefaultValue("0") long daily, @DefaultValue("0") long cbpMonthly,
                             @DefaultValue("0") long cbpSouthwest) {

        Map<ImportFormat, Long> byFormat() {
            Map<ImportFormat, Long> limits = new EnumMap<>(ImportFormat.class);
            limits.put(ImportFormat.DAILY, daily);
            limits.put(ImportFormat.CBP_MONTHLY, cbpMonthly);
            limits.put(ImportFormat.CBP_SOUTHWEST, cbpSouthwest);
            return limits;
        }
    }
}
