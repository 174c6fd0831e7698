package org.surgepolicy.application.port.in;

/** One report a nightly run wrote, to download. */
public interface GetReportQuery {

    /** NotFound when no report has that name. */
    Outcome<Report.Download> find(String name);
}
