package org.surgepolicy.application.port.in;

import java.util.Optional;
import org.surgepolicy.application.port.out.ReportArchive;

/** One report a nightly run wrote, to download. */
public interface GetReportQuery {

    /** Empty when no report has that name. */
    Optional<ReportArchive.Download> find(String name);
}
