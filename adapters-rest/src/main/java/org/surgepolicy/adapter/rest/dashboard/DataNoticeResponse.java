package org.surgepolicy.adapter.rest.dashboard;

/**
 * What a reader of the data must know about it.
 *
 * @param illustrative whether the daily values shown include illustrative (made-up) ones
 * @param source       the source the illustrative tallies carry, or null
 * @param note         the sentence to show beside the data, or null when there is nothing to say
 */
public record DataNoticeResponse(boolean illustrative, String source, String note) {
}
