package org.surgepolicy.adapter.batch;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code surge.reports.*}.
 *
 * @param location the folder of the nightly reports, and of the audit digests in its {@code audit-digests}
 */
@ConfigurationProperties("surge.reports")
public record ReportsProperties(@DefaultValue("./reports") Path location) {
}
