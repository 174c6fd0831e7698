package org.surgepolicy.adapter.rest.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One window a determination looked at, with each day's counted encounters. */
public record EvidenceWindowResponse(LocalDate from, LocalDate to, long sum, int days, BigDecimal average,
                                     List<DailyCountResponse> dailyCounts) {
}
