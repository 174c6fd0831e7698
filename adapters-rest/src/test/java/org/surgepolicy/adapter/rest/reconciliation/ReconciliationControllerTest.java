package org.surgepolicy.adapter.rest.reconciliation;

import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.surgepolicy.adapter.rest.RestSliceTest;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.tally.Component;

@RestSliceTest
class ReconciliationControllerTest {

    private static final YearMonth JUNE = YearMonth.of(2024, 6);
    private static final YearMonth JULY = YearMonth.of(2024, 7);

    @Autowired
    private MockMvc mvc;
    @Autowired
    private ReconcileQuery reconcile;

    @Test
    void aMonthNotPublishedYetHasANullPublishedTotalWithItsReasonAndIsNotCountedAsADifference() throws Exception {
        when(reconcile.reconcile(new ReconcileQuery.Query(JUNE, JULY))).thenReturn(new ReconcileQuery.Reconciliation(
            JUNE, JULY, List.of(
                ReconcileQuery.Line.of(JUNE, Dataset.CBP_SOUTHWEST, Component.USBP, null, 1_500L, 1_480L),
                ReconcileQuery.Line.of(JULY, Dataset.CBP_SOUTHWEST, Component.USBP, null, 500L, null))));

        mvc.perform(get("/api/v1/reconciliation").param("from", "2024-06").param("to", "2024-07"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.differences").value(1))
            .andExpect(jsonPath("$.notPublished").value(1))
            .andExpect(jsonPath("$.notInLedger").value(0))
            .andExpect(jsonPath("$.lines[0].difference").value(20))
            .andExpect(jsonPath("$.lines[0].unavailable").isEmpty())
            .andExpect(jsonPath("$.lines[1].month").value("2024-07"))
            .andExpect(jsonPath("$.lines[1].ledger").value(500))
            .andExpect(jsonPath("$.lines[1].published").isEmpty())
            .andExpect(jsonPath("$.lines[1].difference").isEmpty())
            .andExpect(jsonPath("$.lines[1].unavailable.published.reason").value("NOT_PUBLISHED"))
            .andExpect(jsonPath("$.lines[1].unavailable.published.message").value("CBP_SOUTHWEST has no statistics"
                + " for 2024-07 (not published yet, or not covered by the files imported)"))
            .andExpect(jsonPath("$.lines[1].unavailable.difference.reason").value("NOT_PUBLISHED"));
    }
}
