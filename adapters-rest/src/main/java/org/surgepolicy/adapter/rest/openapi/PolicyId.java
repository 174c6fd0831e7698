package org.surgepolicy.adapter.rest.openapi;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Documents the {@code {id}} path variable of the endpoints under {@code /api/v1/policies/{id}}: a policy's id. */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameter(name = "id", in = ParameterIn.PATH, description = "The policy's id, as GET /api/v1/policies lists it; an "
    + "unknown id is a 404.", example = "securing-the-border")
public @interface PolicyId {
}
