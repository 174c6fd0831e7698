package org.surgepolicy.application.imports.port.in;

import java.util.List;
import org.surgepolicy.domain.imports.ImportLine;

/** Keep a chunk of an import's lines, as its job reads them, until the file is read whole and published. */
public interface StageImportLinesUseCase {

    /** Stages the lines in the caller's transaction; a line staged already (a resumed chunk) is left as it was. */
    void stage(long importId, List<ImportLine> lines);
}
