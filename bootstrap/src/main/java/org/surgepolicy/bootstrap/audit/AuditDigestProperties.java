package org.surgepolicy.bootstrap.audit;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code surge.audit.*}: the key that signs the digests of the audit chain's head (see {@link AuditDigestKeys}).
 *
 * @param digestKey     the key, at least 32 bytes; the prod profile requires it
 * @param digestKeyFile without {@code digestKey} (outside prod), where the key made once for the data folder is kept
 */
@ConfigurationProperties("surge.audit")
public record AuditDigestProperties(String digestKey,
                                    @DefaultValue("./data/audit-digest.key") Path digestKeyFile) {
}
