package org.surgepolicy.bootstrap.batch;

import java.nio.file.Files;
import org.surgepolicy.adapter.persistence.H2Urls;

/** The killed import on the embedded default: an H2 file, shared with the test through H2's automatic server. */
class KilledImportH2IT extends KilledImportContract {

    @Override
    String url() {
        return H2Urls.file(folder.resolve("db")) + ";WRITE_DELAY=0;AUTO_SERVER=TRUE;USER=sa";
    }

    @Override
    boolean databaseMade() {
        return Files.exists(folder.resolve("db.mv.db"));
    }
}
