package org.surgepolicy.adapter.rest.imports;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the {@code maxRejects} of an upload, which both kinds of upload take. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(name = "maxRejects", in = ParameterIn.QUERY, description = "How many rejected lines this import tolerates "
    + "(0 or more): with more, nothing of the file is imported. By default surge.import.max-rejects.<format> (0 "
    + "unless configured).", example = "10", schema = @Schema(type = "integer", format = "int64", minimum = "0"))
@interface MaxRejectsParameter {
}
