package org.surgepolicy.application.jobs.port.out;

import java.util.List;
import java.util.Optional;
import org.surgepolicy.application.jobs.port.in.Report;

/** The report files the nightly runs wrote, newest run first, and their bytes. */
public interface ReportArchive {

    /** The reports, newest run first, and within a run by file name; {@code page} counts from 0. */
    Report.Page list(int page, int size);

    /** The reports one run wrote, by file name. */
    List<Report> ofRun(long jobExecutionId);

    /** The report of that name; empty for an unknown name or one that does not name a report safely. */
    Optional<Report.Download> find(String name);
}
