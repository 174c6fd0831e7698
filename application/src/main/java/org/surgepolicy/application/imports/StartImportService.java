package org.surgepolicy.application.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.imports.port.in.StartImportUseCase;
import org.surgepolicy.application.imports.port.out.ImportFiles;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.StoredFile;
import org.surgepolicy.domain.imports.ImportFormat;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportRun;
import org.surgepolicy.domain.validation.Violation;

/** Stores an uploaded file, records its import, queued, and starts its job. */
public final class StartImportService implements StartImportUseCase {

    private final ImportRecords records;
    private final ImportFiles files;
    private final ImportLaunches launches;
    private final Clock clock;
    private final ImportFormats formats;
    private final Map<ImportFormat, Long> maxRejects;

    /** @param maxRejects the rejected lines each format tolerates when a request does not say: one per format */
    public StartImportService(ImportRecords records, ImportFiles files, ImportLaunches launches,
                              Clock clock, ImportFormats formats,
                              Map<ImportFormat, Long> maxRejects) {
        for (ImportFormat format : formats.all()) {
            if (maxRejects.get(format) == null) {
                throw new IllegalArgumentException("no reject limit for the import format " + format.code());
            }
        }
        this.records = records;
        this.files = files;
        this.launches = launches;
        this.clock = clock;
        this.formats = formats;
        this.maxRejects = Map.copyOf(maxRejects);
    }

    /** Not one transaction: the import must be committed before its job, on another thread, reads it. */
    @Override
    public Outcome<ImportRun> start(Command command) {
        List<Violation> violations = new ArrayList<>();
        Optional<ImportFormat> format = formats.find(command.format());
        if (format.isEmpty()) {
            violations.add(new Violation("format", command.format() == null ? "is required"
                : "unknown format '" + command.format() + "'; expected one of " + formats.codes()));
        }
        if (command.maxRejects() != null && command.maxRejects() < 0) {
            violations.add(new Violation("maxRejects", "must be 0 or more, was " + command.maxRejects()));
        }
        if (!violations.isEmpty()) {
            return new Outcome.Invalid<>(violations);
        }
        StoredFile file;
        try {
            file = files.store(command.content());
        } catch (IOException e) {
            throw new UncheckedIOException("the uploaded file could not be stored", e);
        }
        long limit = command.maxRejects() != null ? command.maxRejects() : maxRejects.get(format.get());
        return launches.exclusively(() -> {
            ImportRecords.Created created = records.create(new ImportRecords.NewImport(format.get(),
                command.fileName(), file, limit, null, clock.instant(), command.requestedBy(), launches.node()));
            return switch (created) {
                case ImportRecords.Queued queued -> new Outcome.Done<>(launches.start(queued.run()));
                case ImportRecords.AlreadyActive active -> {
                    files.delete(file.location());
                    yield new AlreadyRunning(active.active());
                }
            };
        });
    }
}
