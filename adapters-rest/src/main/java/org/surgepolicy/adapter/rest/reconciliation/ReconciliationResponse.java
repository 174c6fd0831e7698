package org.surgepolicy.adapter.rest.reconciliation;

import java.time.YearMonth;
import java.util.List;

/**
 * The ledger's monthly sums beside CBP's published statistics.
 *
 * @param differences how many lines differ
 */
public record ReconciliationResponse(YearMonth from, YearMonth to, int differences, List<LineResponse> lines) {

    /**
     * One comparison; {@code area} null stands for the publication's whole scope.
     *
     * @param difference the ledger's total minus the published one
     */
    public record LineResponse(YearMonth month, String dataset, String component, String area, long ledger,
                               long published, long difference) {
    }
}
