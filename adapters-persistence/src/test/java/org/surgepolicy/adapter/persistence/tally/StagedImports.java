package org.surgepolicy.adapter.persistence.tally;

import java.util.ArrayList;
import java.util.List;
import org.surgepolicy.adapter.persistence.TestDatabase;
import org.surgepolicy.adapter.persistence.imports.JdbcImportRecords;
import org.surgepolicy.adapter.persistence.imports.JdbcImportStaging;
import org.surgepolicy.application.imports.port.out.ImportRecords;
import org.surgepolicy.application.imports.port.out.StoredFile;
import org.surgepolicy.domain.imports.ImportFormats;
import org.surgepolicy.domain.imports.ImportLine;
import org.surgepolicy.domain.tally.Tally;

/** Imports of daily files staged whole and ready to publish, for the tests of the publish. */
final class StagedImports {

    private StagedImports() {
    }

    /** Records a new import and stages {@code file} as its lines from line 2 on, in one transaction; its id. */
    static long stage(TestDatabase database, List<Tally> file) {
        JdbcImportRecords records = new JdbcImportRecords(database.dataSource(), ImportFormats.standard());
        JdbcImportStaging staging = new JdbcImportStaging(database.dataSource(), ImportFormats.standard());
        ImportRecords.Created created = records.create(new ImportRecords.NewImport(ImportFormats.DAILY, "file.csv",
            new StoredFile("/tmp/file.csv", "f".repeat(64), 1), 0, null, database.clock().instant(), "importer",
            null));
        long importId = ((ImportRecords.Queued) created).run().id();
        List<ImportLine> lines = new ArrayList<>();
        for (int i = 0; i < file.size(); i++) {
            lines.add(new ImportLine.TallyLine(i + 2, file.get(i), "line " + (i + 2)));
        }
        database.inTransaction(() -> {
            staging.stage(importId, lines);
            return null;
        });
        return importId;
    }
}
