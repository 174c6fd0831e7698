package org.surgepolicy.application.audit;

import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.audit.port.in.AuditPage;
import org.surgepolicy.application.audit.port.in.ListAuditEventsQuery;
import org.surgepolicy.application.audit.port.out.AuditTrail;

/** Reads the audit trail, a page at a time. */
public final class ListAuditEventsService implements ListAuditEventsQuery {

    private final AuditTrail trail;

    public ListAuditEventsService(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    @Transactional(readOnly = true)
    public AuditPage list(Query query) {
        return trail.list(new AuditTrail.Filter(query.from(), query.to(), query.actor(), query.action()),
            query.page(), query.size());
    }
}
