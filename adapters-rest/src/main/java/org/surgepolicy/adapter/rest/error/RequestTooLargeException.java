package org.surgepolicy.adapter.rest.error;

import org.springframework.web.ErrorResponseException;
import org.surgepolicy.adapter.rest.web.RequestSizeLimitFilter;

/** The request body is larger than the configured limit. */
public class RequestTooLargeException extends ErrorResponseException {

    public RequestTooLargeException(RequestSizeLimitFilter.Limit limit) {
        super(ProblemType.REQUEST_TOO_LARGE.status(), ProblemType.REQUEST_TOO_LARGE.problem(
            "The request body is larger than the limit of " + limit.size().toBytes() + " bytes (" + limit.size()
                + "; setting " + limit.setting() + ")."), null);
    }
}
