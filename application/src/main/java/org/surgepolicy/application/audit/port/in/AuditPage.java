package org.surgepolicy.application.audit.port.in;

import java.util.List;
import org.surgepolicy.domain.audit.AuditEntry;

/** One page of audit entries, newest first, and how many entries match in all. */
public record AuditPage(List<AuditEntry> entries, long total, int page, int size) {
}
