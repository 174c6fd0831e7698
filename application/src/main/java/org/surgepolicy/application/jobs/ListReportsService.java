package org.surgepolicy.application.jobs;

import org.surgepolicy.application.jobs.port.in.ListReportsQuery;
import org.surgepolicy.application.jobs.port.in.Report;
import org.surgepolicy.application.jobs.port.out.ReportArchive;

/** Lists the reports the nightly runs wrote. */
public final class ListReportsService implements ListReportsQuery {

    private final ReportArchive archive;

    public ListReportsService(ReportArchive archive) {
        this.archive = archive;
    }

    @Override
    public Report.Page list(Query query) {
        return archive.list(query.page(), query.size());
    }
}
