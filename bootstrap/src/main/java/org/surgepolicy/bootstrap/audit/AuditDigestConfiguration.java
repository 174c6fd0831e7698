package org.surgepolicy.bootstrap.audit;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.surgepolicy.application.port.out.AuditDigestArchive;
import org.surgepolicy.application.port.out.AuditTrail;
import org.surgepolicy.application.service.AuditDigestService;
import org.surgepolicy.application.service.Auditor;
import org.surgepolicy.domain.audit.HeadDigest;

/** The signed digests of the audit chain's head: their key, checked at start-up, and their use cases. */
@Configuration(proxyBeanMethods = false)
public class AuditDigestConfiguration {

    @Bean
    HeadDigest.Key auditDigestKey(@Value("${surge.audit.digest-key:}") String key,
                                  @Value("${surge.audit.digest-key-file:./data/audit-digest.key}") String file,
                                  Environment environment) {
        return AuditDigestKeys.resolve(key, Path.of(file), environment.acceptsProfiles(Profiles.of("prod")));
    }

    @Bean
    AuditDigestService auditDigestService(AuditTrail trail, AuditDigestArchive archive, Auditor auditor,
                                          HeadDigest.Key auditDigestKey, Clock clock) {
        return new AuditDigestService(trail, archive, auditor, auditDigestKey, clock);
    }
}
