package org.surgepolicy.adapter.rest.reports;

import java.util.List;

/**
 * One page of the reports, newest run first.
 *
 * @param page  the page, counting from 0
 * @param total how many reports there are in all
 */
public record ReportPageResponse(List<ReportResponse> reports, int page, int size, long total) {
}
