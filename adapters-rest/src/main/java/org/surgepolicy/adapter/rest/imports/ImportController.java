package org.surgepolicy.adapter.rest.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.surgepolicy.adapter.rest.error.Outcomes;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.GetDemoDataQuery;
import org.surgepolicy.application.imports.port.in.GetImportQuery;
import org.surgepolicy.application.imports.port.in.RestartImportUseCase;
import org.surgepolicy.application.imports.port.in.StartImportUseCase;
import org.surgepolicy.domain.imports.ImportRun;

/** File imports: upload a file (streamed to disk, then imported by a batch job), follow it, read its rejects. */
@Tag(name = "Imports")
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
public class ImportController {

    /** The media type of the rejects. */
    public static final String TEXT_CSV = "text/csv";

    // Both uploads are one operation in the OpenAPI document (one path and method), described alike whichever wins.
    private static final String IMPORT_SUMMARY = "Import a file (OPERATOR)";
    private static final String IMPORT_DESCRIPTION = "The body is the file itself (text/csv), or multipart with the"
        + " file in the part named file. It is streamed to disk and imported by a batch job: its lines are staged chunk"
        + " by chunk and published together once the whole file is read; if more lines are rejected than maxRejects"
        + " allows, nothing is published. 409 while a file with the same SHA-256 is being imported.";
    private static final String IMPORT_ACCEPTED = "Accepted: the import is queued; its status is at the Location"
        + " (GET /api/v1/imports/{id}).";
    private static final String IMPORT_ID = "The import's id, as POST /api/v1/imports answered it (and its Location)";

    private final StartImportUseCase start;
    private final RestartImportUseCase restart;
    private final GetImportQuery imports;
    private final GetDemoDataQuery demoData;
    private final ImportMapper mapper;

    public ImportController(StartImportUseCase start, RestartImportUseCase restart, GetImportQuery imports,
                            GetDemoDataQuery demoData, ImportMapper mapper) {
        this.start = start;
        this.restart = restart;
        this.imports = imports;
        this.demoData = demoData;
        this.mapper = mapper;
    }

    @Operation(operationId = "startImport", summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION,
        responses = @ApiResponse(responseCode = "202", description = IMPORT_ACCEPTED))
    // Not text/plain: a page on another site can make a browser post that (a form, or fetch without CORS), but not
    // text/csv. Multipart, which a foreign form can send too, is refused from other sites by the security
    // configuration's cross-site check.
    @PostMapping(path = "/api/v1/imports", consumes = TEXT_CSV)
    @RequestBody(description = "The file itself: UTF-8 CSV with a header "
        + "line, a line per record (CRLF or LF; a byte-order mark and blank lines are ignored)",
        content = @Content(mediaType = TEXT_CSV, schema = @Schema(type = "string", format = "binary")))
    public ResponseEntity<ImportStartedResponse> importBody(@FormatParameter @RequestParam String format,
                                                            @MaxRejectsParameter
                                                            @RequestParam(required = false) Long maxRejects,
                                                            @Parameter(description = "The file's name, kept with the "
                                                                + "import for people to recognise it; a multipart "
                                                                + "upload takes the part's own file name",
                                                                example = "tallies-2025-09-01.csv")
                                                            @RequestParam(required = false) String fileName,
                                                            HttpServletRequest request, Principal principal)
        throws IOException {
        try (InputStream body = request.getInputStream()) {
            return started(format, fileName, body, maxRejects, principal);
        }
    }

    @Operation(operationId = "startImportMultipart", summary = IMPORT_SUMMARY, description = IMPORT_DESCRIPTION,
        responses = @ApiResponse(responseCode = "202", description = IMPORT_ACCEPTED))
    @PostMapping(path = "/api/v1/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<ImportStartedResponse> importPart(@FormatParameter @RequestParam String format,
                                                            @MaxRejectsParameter
                                                            @RequestParam(required = false) Long maxRejects,
                                                            @Parameter(description = "The file, as in the text/csv "
                                                                + "upload; its file name is kept with the import")
                                                            @RequestPart("file") MultipartFile file,
                                                            Principal principal) throws IOException {
        try (InputStream body = file.getInputStream()) {
            return started(format, file.getOriginalFilename(), body, maxRejects, principal);
        }
    }

    private ResponseEntity<ImportStartedResponse> started(String format, String fileName, InputStream body,
                                                          Long maxRejects, Principal principal) {
        Outcome<ImportRun> outcome = start.start(new StartImportUseCase.Command(format, fileName, body,
            maxRejects, principal.getName()));
        if (outcome instanceof StartImportUseCase.AlreadyRunning running) {
            throw new ImportConflictException(running.running().id(), running.running().checksum());
        }
        ImportRun run = Outcomes.valueOf(outcome);
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + run.id()))
            .body(mapper.toStarted(run));
    }

    @Operation(operationId = "getImport", summary = "An import's status and counts (OPERATOR)",
        description = "QUEUED, RUNNING, then COMPLETED (its rows are published), REJECTED (more rejected lines than it"
            + " allows: nothing was imported) or FAILED (restart it); with lines read, rows imported (new or revised,"
            + " and unchanged), lines rejected, and a message saying why it failed or was rejected, or what a queued"
            + " one waits for.")
    @GetMapping("/api/v1/imports/{id}")
    public ImportResponse find(@Parameter(description = IMPORT_ID, example = "7") @PathVariable long id) {
        return mapper.toResponse(Outcomes.valueOf(imports.find(id)));
    }

    @Operation(operationId = "getImportRejects", summary = "An import's rejected lines, as CSV (OPERATOR)",
        description = "Columns line,reason,raw: the line's number in the file (the header is line 1), why it was"
            + " rejected, and its text as it was in the file. A cell that a spreadsheet would run as a formula (one"
            + " that starts with =, +, -, @, a tab or a carriage return) is written with a leading apostrophe.")
    @GetMapping(path = "/api/v1/imports/{id}/rejects", produces = TEXT_CSV)
    public ResponseEntity<StreamingResponseBody> rejects(@Parameter(description = IMPORT_ID, example = "7")
                                                         @PathVariable long id) {
        Outcomes.valueOf(imports.find(id));
        StreamingResponseBody body = out -> RejectsCsv.write(new OutputStreamWriter(out, StandardCharsets.UTF_8),
            reject -> imports.rejects(id, reject));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"import-" + id + "-rejects.csv\"").contentType(MediaType.parseMediaType(TEXT_CSV))
            .body(body);
    }

    @Operation(operationId = "restartImport", summary = "Resume a failed or stuck import (OPERATOR)",
        responses = @ApiResponse(responseCode = "202", description = IMPORT_ACCEPTED),
        description = "From its last committed chunk: no line is staged twice, none is missed. A failed import, or a"
            + " queued or running one whose job is gone (its launch never happened, or its node died), can be"
            + " restarted; 409 when it has ended, when its job is alive, or when another restart won.")
    @PostMapping("/api/v1/imports/{id}/restart")
    public ResponseEntity<ImportStartedResponse> restart(@Parameter(description = IMPORT_ID, example = "7")
                                                         @PathVariable long id) {
        ImportRun run = Outcomes.valueOf(restart.restart(id));
        return ResponseEntity.accepted().location(URI.create("/api/v1/imports/" + run.id()))
            .body(mapper.toStarted(run));
    }

    @Operation(operationId = "getDemoData", summary = "Whether the data shown is the illustrative demonstration set",
        description = "Any signed-in user. loaded=false when it is not loaded; when loaded, every daily value of its"
            + " source is illustrative (spread from CBP's monthly totals), as the note says.")
    @GetMapping("/api/v1/demo-data")
    public DemoDataResponse demoData() {
        return demoData.demoData().map(mapper::toResponse)
            .orElse(new DemoDataResponse(false, false, null, null, null, null, 0, null));
    }
}
