package org.surgepolicy.adapter.rest.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id: the one its {@code X-Request-Id} header brings (from a proxy or a client), when it is a
 * plain token, or a new one. The id is in the logging MDC for every line logged while the request is answered, in the
 * request's attributes for the problems the API answers with, and in the response's {@code X-Request-Id}.
 */
public class RequestIdFilter extends OncePerRequestFilter {

    /** What an id taken from a request may look like (a UUID, a trace id): nothing that could forge a log line. */
    static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,127}");

    private static final Logger log = LoggerFactory.getLogger(RequestIdFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        Object assigned = request.getAttribute(RequestIds.KEY);
        String given = request.getHeader(RequestIds.HEADER);
        String id = assigned instanceof String earlier ? earlier
            : given != null && ACCEPTED.matcher(given).matches() ? given : UUID.randomUUID().toString();
        request.setAttribute(RequestIds.KEY, id);
        if (!response.isCommitted()) {
            response.setHeader(RequestIds.HEADER, id);
        }
        String outer = MDC.get(RequestIds.KEY);
        MDC.put(RequestIds.KEY, id);
        try {
            if (assigned == null && given != null && !given.equals(id)) {
                log.debug("The {} header of {} {} is not a plain token of up to 128 letters, digits and ._:-; the "
                    + "request is logged under a new id", RequestIds.HEADER, request.getMethod(),
                    request.getRequestURI());
            }
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(RequestIds.KEY);
            } else {
                MDC.put(RequestIds.KEY, outer);
            }
        }
    }

    /** An error page is rendered in a dispatch of its own, after this filter is done with the request: same id. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
