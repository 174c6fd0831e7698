package org.surgepolicy.application.jobs.port.in;

import java.util.Optional;

/** One report a nightly run wrote, to download. */
public interface GetReportQuery {

    /** Empty when no report has that name. */
    Optional<Report.Download> find(String name);
}
