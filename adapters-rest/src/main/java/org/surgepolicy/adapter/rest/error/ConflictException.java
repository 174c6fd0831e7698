package org.surgepolicy.adapter.rest.error;

import org.springframework.web.ErrorResponseException;

/** The request conflicts with the state of what it names: 409, with the reason as the detail. */
public class ConflictException extends ErrorResponseException {

    public ConflictException(String reason) {
        super(ProblemType.CONFLICT.status(), ProblemType.CONFLICT.problem(reason), null);
    }
}
