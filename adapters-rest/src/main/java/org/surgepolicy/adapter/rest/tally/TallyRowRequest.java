package org.surgepolicy.adapter.rest.tally;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** One tally as it arrives: codes still to be checked. */
public record TallyRowRequest(
    @Schema(description = "Not after today in the policy's zone", requiredMode = Schema.RequiredMode.REQUIRED)
    LocalDate date,
    @Schema(description = "USBP or OFO", example = "USBP", requiredMode = Schema.RequiredMode.REQUIRED)
    String component,
    @Schema(description = "A CBP area code", example = "RGV", requiredMode = Schema.RequiredMode.REQUIRED)
    String area,
    @Schema(description = "SINGLE_ADULTS, FMUA, UC_SINGLE_MINORS or ACCOMPANIED_MINORS", example = "SINGLE_ADULTS",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String demographic,
    @Schema(description = "An upper-case country name as CBP writes it, or OTHER", example = "MEXICO",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String citizenship,
    @Schema(description = "APPREHENSIONS, INADMISSIBLES or EXPULSIONS", example = "APPREHENSIONS",
        requiredMode = Schema.RequiredMode.REQUIRED)
    String encounterType,
    @Schema(minimum = "0", maximum = "1000000", example = "412", requiredMode = Schema.RequiredMode.REQUIRED)
    Long count) {
}
