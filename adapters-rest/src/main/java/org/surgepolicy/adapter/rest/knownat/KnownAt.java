package org.surgepolicy.adapter.rest.knownat;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The instant a question is asked as of ({@code knownAt}), taken from the query string only: a form field or a
 * multipart part of that name is never read. Null when the query does not give it; a {@code 400} when it is not an
 * ISO-8601 instant with an offset, is given more than once, or lies after now.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(name = KnownAt.NAME, in = ParameterIn.QUERY, description = "Answer as the service would have answered at "
    + "this instant: from the tallies and overrides recorded up to it; a policy's answer takes the instant's day, in "
    + "the policy's time zone, as today. ISO-8601 with an offset, not after now. Needs AUDITOR (or ADMIN) in "
    + "addition to the endpoint's own role; read from the query string only.", example = "2025-02-01T12:00:00Z",
    schema = @Schema(type = "string", format = "date-time"))
public @interface KnownAt {

    /** The query parameter's name. */
    String NAME = "knownAt";
}
