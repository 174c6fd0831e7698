package org.surgepolicy.application.jobs;

import org.surgepolicy.application.jobs.port.in.GetReportQuery;
import org.surgepolicy.application.jobs.port.in.ListReportsQuery;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.Report;
import org.surgepolicy.application.jobs.port.out.ReportArchive;

/** Lists the reports the nightly runs wrote and hands one out. */
public final class ReportService implements ListReportsQuery, GetReportQuery {

    private final ReportArchive archive;

    public ReportService(ReportArchive archive) {
        this.archive = archive;
    }

    @Override
    public Report.Page list(ListReportsQuery.Query query) {
        return archive.list(query.page(), query.size());
    }

    @Override
    public Outcome<Report.Download> find(String name) {
        return Outcome.found(archive.find(name), "report " + name);
    }
}
