package org.surgepolicy.adapter.rest.policy;

import java.time.LocalDate;

/** A day's counted encounters. */
public record DailyCountResponse(LocalDate date, long count) {
}
