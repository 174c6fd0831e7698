package org.surgepolicy.adapter.rest.reconciliation;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.surgepolicy.adapter.rest.explanation.UnavailableResponse;

/**
 * The ledger's monthly sums beside CBP's published statistics.
 *
 * @param differences how many lines have both totals and differ
 * @param notPublished how many lines are of months the publication has not published (no published total)
 * @param notInLedger  how many lines are of months the ledger has no reported day of (no ledger total)
 */
public record ReconciliationResponse(YearMonth from, YearMonth to, int differences, int notPublished,
                                     int notInLedger, List<LineResponse> lines) {

    /**
     * One comparison; {@code area} null stands for the publication's whole scope.
     *
     * @param ledger      the ledger's total, or null when the ledger has no reported day in the month
     * @param published   the published total, or null when the month is not published
     * @param difference  the ledger's total minus the published one, or null when either is missing
     * @param unavailable why {@code ledger}, {@code published} or {@code difference} is null
     */
    public record LineResponse(YearMonth month, String dataset, String component, String area, Long ledger,
                               Long published, Long difference, Map<String, UnavailableResponse> unavailable) {
    }
}
