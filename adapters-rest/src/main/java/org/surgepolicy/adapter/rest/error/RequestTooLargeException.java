package org.surgepolicy.adapter.rest.error;

import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/** The request body is larger than the configured limit. */
public class RequestTooLargeException extends ErrorResponseException {

    public RequestTooLargeException(DataSize limit) {
        super(ProblemType.REQUEST_TOO_LARGE.status(), ProblemType.REQUEST_TOO_LARGE.problem(
            "The request body is larger than the limit of " + limit.toBytes() + " bytes (" + limit
                + "; setting surge.http.max-request-size)."), null);
    }
}
