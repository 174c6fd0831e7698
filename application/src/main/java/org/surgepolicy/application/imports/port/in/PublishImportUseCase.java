package org.surgepolicy.application.imports.port.in;

import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.domain.imports.ImportRun;

/**
 * Make a fully staged import visible, in one transaction: its duplicate keys rejected, then, if the rejects stay
 * within its limit, its rows published (to the ledger or the statistics) and the determinations that follow recorded;
 * otherwise nothing changes. Either way its staged rows are discarded and the outcome audited.
 */
public interface PublishImportUseCase {

    /** The import as it ended; NotFound when no import has that id. */
    Outcome<ImportRun> publish(long importId);
}
