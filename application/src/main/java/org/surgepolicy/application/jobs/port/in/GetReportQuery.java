package org.surgepolicy.application.jobs.port.in;

import org.surgepolicy.application.common.port.in.Outcome;

/** One report a nightly run wrote, to download. */
public interface GetReportQuery {

    /** NotFound when no report has that name. */
    Outcome<Report.Download> find(String name);
}
