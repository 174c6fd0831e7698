package org.surgepolicy.adapter.rest.archfixture;

import org.surgepolicy.application.tally.port.out.TallyLedger;

/** Deliberately wrong: a REST class that reads the ledger past the use cases (for the architecture rules' test). */
public class RestClassUsingOutPort {

    private final TallyLedger ledger;

    public RestClassUsingOutPort(TallyLedger ledger) {
        this.ledger = ledger;
    }

    public long version() {
        return ledger.version();
    }
}
