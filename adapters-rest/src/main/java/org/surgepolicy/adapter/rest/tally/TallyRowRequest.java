package org.surgepolicy.adapter.rest.tally;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/** One tally as it arrives: codes still to be checked (GET /api/v1/reference lists them). */
public record TallyRowRequest(
    @Schema(description = "The day counted (YYYY-MM-DD), not after today in the policy's time zone",
        example = "2025-09-01", requiredMode = Schema.RequiredMode.REQUIRED)
    LocalDate date,
    @Schema(description = "USBP (Border Patrol) or OFO (Office of Field Operations)", example = "USBP",
        allowableValues = {"USBP", "OFO"}, requiredMode = Schema.RequiredMode.REQUIRED)
    String component,
    @Schema(description = "A CBP area code of the component: a Border Patrol sector (such as RGV) or a field office "
        + "(such as ELP)", example = "RGV", requiredMode = Schema.RequiredMode.REQUIRED)
    String area,
    @Schema(description = "Who was encountered", example = "SINGLE_ADULTS",
        allowableValues = {"SINGLE_ADULTS", "FMUA", "UC_SINGLE_MINORS", "ACCOMPANIED_MINORS"},
        requiredMode = Schema.RequiredMode.REQUIRED)
    String demographic,
    @Schema(description = "A citizenship as CBP groups them, upper case (such as MEXICO or 'CHINA, PEOPLES REPUBLIC "
        + "OF'), or OTHER", example = "MEXICO", requiredMode = Schema.RequiredMode.REQUIRED)
    String citizenship,
    @Schema(description = "The kind of encounter", example = "APPREHENSIONS",
        allowableValues = {"APPREHENSIONS", "INADMISSIBLES", "EXPULSIONS"}, requiredMode = Schema.RequiredMode.REQUIRED)
    String encounterType,
    @Schema(description = "The encounters of this key on this day: a new count for a key already reported is a new "
        + "revision; the same count changes nothing", minimum = "0", maximum = "1000000", example = "412",
        requiredMode = Schema.RequiredMode.REQUIRED)
    Long count) {
}
