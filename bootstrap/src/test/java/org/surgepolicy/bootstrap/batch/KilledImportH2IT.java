package org.surgepolicy.bootstrap.batch;

import java.nio.file.Files;

/** The killed import on the embedded default: an H2 file, shared with the test through H2's automatic server. */
class KilledImportH2IT extends KilledImportContract {

    @Override
    String url() {
        return "jdbc:h2:file:" + folder.resolve("db")
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0;AUTO_SERVER=TRUE;USER=sa";
    }

    @Override
    boolean databaseMade() {
        return Files.exists(folder.resolve("db.mv.db"));
    }
}
