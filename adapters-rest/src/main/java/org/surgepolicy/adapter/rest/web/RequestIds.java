package org.surgepolicy.adapter.rest.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.MDC;

/**
 * The id of the request being answered, which every problem names so that a client's report can be matched with the
 * log lines of its request. Whoever assigns the id (a filter ahead of everything else) keeps it in the request's
 * attribute {@value #KEY} and in the logging MDC under the same key.
 */
public final class RequestIds {

    /** The request attribute, the MDC key and the problem member that hold the id. */
    public static final String KEY = "requestId";

    /** The header that carries the id in a request (from a proxy or a client) and in every response. */
    public static final String HEADER = "X-Request-Id";

    private RequestIds() {
    }

    /** The id of the request, or null when none was assigned. */
    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(KEY);
        return id instanceof String text ? text : MDC.get(KEY);
    }
}
