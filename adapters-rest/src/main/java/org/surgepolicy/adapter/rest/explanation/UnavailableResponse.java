package org.surgepolicy.adapter.rest.explanation;

import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.explanation.Unavailable;

/**
 * Why a value of a response is null: every response with values that can be missing has an {@code unavailable}
 * object, with one of these under the name of each null value.
 *
 * @param reason      a code for programs
 * @param message     a sentence for people
 * @param missingDays the days whose absence is the reason (empty when days are not the reason)
 */
public record UnavailableResponse(Unavailable.Reason reason, String message, List<LocalDate> missingDays) {
}
