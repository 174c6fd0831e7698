package org.surgepolicy.adapter.rest.reports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.MediaTypeFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.surgepolicy.adapter.rest.error.Outcomes;
import org.surgepolicy.application.jobs.port.in.GetReportQuery;
import org.surgepolicy.application.jobs.port.in.ListReportsQuery;
import org.surgepolicy.application.jobs.port.in.Report;

/** The reports the nightly runs wrote: listed newest first, and downloaded one by one. */
@Tag(name = "Reports")
@RestController
@RequestMapping("/api/v1/reports")
public class ReportController {

    private static final String PATH = "/api/v1/reports/";

    private final ListReportsQuery list;
    private final GetReportQuery reports;
    private final ReportMapper mapper;

    public ReportController(ListReportsQuery list, GetReportQuery reports, ReportMapper mapper) {
        this.list = list;
        this.reports = reports;
        this.mapper = mapper;
    }

    /** Where a report is downloaded. */
    public static String link(String name) {
        return PATH + name;
    }

    @Operation(operationId = "listReports", summary = "The reports the nightly runs wrote, newest first (AUDITOR)",
        description = "Each with its policy (none for the summary), the job execution that wrote it, its size, its"
            + " SHA-256 and when it was written. page counts from 0; size from 1 to 500.")
    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    public ReportPageResponse list(@Parameter(description = "The page, counting from 0", example = "0")
                                   @RequestParam(defaultValue = "0") int page,
                                   @Parameter(description = "Reports per page, from 1 to 500", example = "20")
                                   @RequestParam(defaultValue = "20") int size) {
        return mapper.toResponse(list.list(new ListReportsQuery.Query(page, size)));
    }

    @Operation(operationId = "getReport", summary = "Download one report (AUDITOR)",
        description = "By its name as listed (such as job-17-summary.json); CSV, HTML or JSON by the file's kind.")
    @GetMapping("/{name}")
    public ResponseEntity<StreamingResponseBody> download(@Parameter(description = "The report's name, as GET "
                                                              + "/api/v1/reports lists it (job, then file name)",
                                                              example = "job-17-summary.json")
                                                          @PathVariable String name) {
        Report.Download download = Outcomes.valueOf(reports.find(name));
        Report report = download.report();
        return ResponseEntity.ok()
            .contentType(MediaTypeFactory.getMediaType(report.fileName()).orElse(MediaType.APPLICATION_OCTET_STREAM))
            .contentLength(report.sizeBytes())
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(report.name()).build()
                .toString())
            .body(out -> download.content().writeTo(out));
    }
}
