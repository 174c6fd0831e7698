package org.surgepolicy.adapter.batch.audit;

import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.surgepolicy.application.port.out.AuditDigestArchive;

/** The digests of the audit chain's head are kept in {@code audit-digests} under the reports folder. */
@Configuration(proxyBeanMethods = false)
public class AuditDigestArchiveConfiguration {

    @Bean
    AuditDigestArchive auditDigestArchive(@Value("${surge.reports.location:./reports}") String reports) {
        return new FileSystemAuditDigestArchive(Path.of(reports).resolve("audit-digests"));
    }
}
