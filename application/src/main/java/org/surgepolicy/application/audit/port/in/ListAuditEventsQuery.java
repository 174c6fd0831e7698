package org.surgepolicy.application.audit.port.in;

import java.time.Instant;
import org.surgepolicy.domain.validation.InvalidValueException;

/** The audit trail, page by page, filtered by time, actor and action. */
public interface ListAuditEventsQuery {

    /** The largest page one request may ask for. */
    int MAX_PAGE_SIZE = 500;

    AuditPage list(Query query);

    record Query(Instant from, Instant to, String actor, String action, int page, int size) {
        public Query {
            if (page < 0) {
                throw new InvalidValueException("page", "must be 0 or more, was " + page);
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new InvalidValueException("size", "must be between 1 and " + MAX_PAGE_SIZE + ", was " + size);
            }
            if (from != null && to != null && to.isBefore(from)) {
                throw new InvalidValueException("to", to + " is before from " + from);
            }
        }
    }
}
