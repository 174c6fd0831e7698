package org.surgepolicy.adapter.rest.imports;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the {@code format} of an upload, which both kinds of upload take. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(name = "format", in = ParameterIn.QUERY, description = "What the file is: daily, our daily tallies "
    + "(header date,component,area,demographic,citizenship,encounter_type,count), stored in the ledger; cbp-monthly, "
    + "CBP's nationwide encounters file by area of responsibility; cbp-southwest, CBP's southwest land border "
    + "encounters file. The two CBP files are published monthly statistics, kept apart from the ledger for the "
    + "reconciliation. GET /api/v1/reference lists each format's columns.", example = "daily",
    schema = @Schema(type = "string", allowableValues = {"daily", "cbp-monthly", "cbp-southwest"}))
@interface FormatParameter {
}
