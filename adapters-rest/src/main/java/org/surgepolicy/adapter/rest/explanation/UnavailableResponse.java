package org.surgepolicy.adapter.rest.explanation;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.explanation.Unavailable;

/**
 * Why a value of a response is null: every response with values that can be missing has an {@code unavailable}
 * object, with one of these under the name of each null value.
 */
public record UnavailableResponse(
    @Schema(description = "A code for programs, the same across the service, such as NO_DATA, WINDOW_INCOMPLETE or "
        + "NOT_IN_THIS_STATE")
    Unavailable.Reason reason,
    @Schema(description = "The reason in a sentence, for people")
    String message,
    @Schema(description = "The days whose absence is the reason (empty when days are not the reason)")
    List<LocalDate> missingDays) {
}
