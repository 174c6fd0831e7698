package org.surgepolicy.adapter.rest.tally;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.surgepolicy.application.port.in.SubmitTalliesUseCase;

/**
 * Daily tallies to store in one transaction. The rows carry no constraints of their own: the use case checks every
 * row (codes, ranges, future dates, keys given twice) and names each bad one at once, which Bean Validation stopping
 * at its own findings would split over several answers.
 *
 * @param source where the rows come from (a report's name)
 */
public record TallySubmissionRequest(
    @NotBlank @Size(max = 200) String source,
    @NotEmpty @Size(max = SubmitTalliesUseCase.MAX_ROWS) List<TallyRowRequest> tallies) {
}
