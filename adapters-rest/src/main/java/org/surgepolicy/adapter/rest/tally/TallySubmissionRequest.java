package org.surgepolicy.adapter.rest.tally;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;
import org.surgepolicy.domain.tally.TallySource;

/**
 * Daily tallies to store in one transaction. The rows carry no constraints of their own: the use case checks every
 * row (codes, ranges, future dates, keys given twice) and names each bad one at once, which Bean Validation stopping
 * at its own findings would split over several answers.
 */
public record TallySubmissionRequest(
    @Schema(description = "Where the rows come from, such as a daily report's name: kept with every revision and in "
        + "the audit trail", example = "rgv-daily-report", maxLength = TallySource.MAX_LENGTH)
    @NotBlank @Size(max = TallySource.MAX_LENGTH) String source,
    @Schema(description = "The rows, stored all or none; at most " + SubmitTalliesUseCase.MAX_ROWS + ", each key "
        + "(date, component, area, demographic, citizenship, encounterType) once")
    @NotEmpty @Size(max = SubmitTalliesUseCase.MAX_ROWS) List<TallyRowRequest> tallies) {
}
