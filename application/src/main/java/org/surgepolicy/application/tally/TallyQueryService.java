package org.surgepolicy.application.tally;

import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.tally.port.in.GetTalliesQuery;
import org.surgepolicy.application.tally.port.out.TallyLedger;
import org.surgepolicy.domain.tally.AreaCode;
import org.surgepolicy.domain.tally.TallyRevision;

/** Reads the tallies of a day, with their history. */
public final class TallyQueryService implements GetTalliesQuery {

    private final TallyLedger ledger;

    public TallyQueryService(TallyLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TallyRevision> tallies(Query query) {
        if (query.area() != null) {
            new AreaCode(query.area());
        }
        return ledger.revisions(new TallyLedger.TallyQuery(query.date(), query.area(), query.knownAt(),
            query.history()));
    }
}
