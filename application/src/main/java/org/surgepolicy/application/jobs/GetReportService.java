package org.surgepolicy.application.jobs;

import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.GetReportQuery;
import org.surgepolicy.application.jobs.port.in.Report;
import org.surgepolicy.application.jobs.port.out.ReportArchive;

/** Hands out one of the reports the nightly runs wrote. */
public final class GetReportService implements GetReportQuery {

    private final ReportArchive archive;

    public GetReportService(ReportArchive archive) {
        this.archive = archive;
    }

    @Override
    public Outcome<Report.Download> find(String name) {
        return Outcome.found(archive.find(name), "report " + name);
    }
}
