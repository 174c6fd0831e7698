package org.surgepolicy.adapter.rest.audit;

import java.util.List;

/** One page of audit events, newest first, and where it lies among all the events that match. */
public record AuditEventsResponse(List<AuditEventResponse> events, PageResponse page) {

    /**
     * @param number        the page, from 0
     * @param size          the most events a page holds
     * @param totalElements how many events match in all
     * @param totalPages    how many pages they fill
     */
    public record PageResponse(int number, int size, long totalElements, long totalPages) {
    }
}
