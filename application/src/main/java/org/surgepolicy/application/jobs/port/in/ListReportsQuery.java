package org.surgepolicy.application.jobs.port.in;

import org.surgepolicy.domain.validation.InvalidValueException;

/** The reports the nightly runs wrote, newest first, a page at a time. */
public interface ListReportsQuery {

    /** The most reports one page holds. */
    int MAX_PAGE_SIZE = 500;

    Report.Page list(Query query);

    /** @param page the page, counting from 0 */
    record Query(int page, int size) {
        public Query {
            if (page < 0) {
                throw new InvalidValueException("page", "must be 0 or more, but was " + page);
            }
            if (size < 1 || size > MAX_PAGE_SIZE) {
                throw new InvalidValueException("size", "must be from 1 to " + MAX_PAGE_SIZE + ", but was " + size);
            }
        }
    }
}
