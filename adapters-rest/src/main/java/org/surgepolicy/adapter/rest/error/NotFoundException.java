package org.surgepolicy.adapter.rest.error;

import org.springframework.web.ErrorResponseException;

/** The request names something that does not exist, such as an unknown policy. */
public class NotFoundException extends ErrorResponseException {

    public NotFoundException(String what) {
        super(ProblemType.NOT_FOUND.status(), ProblemType.NOT_FOUND.problem(capitalised(what) + " is not known."),
            null);
    }

    private static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
