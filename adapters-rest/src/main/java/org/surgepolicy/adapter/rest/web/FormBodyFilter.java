package org.surgepolicy.adapter.rest.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Predicate;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.surgepolicy.adapter.rest.error.ProblemType;

/**
 * Refuses bodies sent as forms with a 415 problem, before anything parses them: a multipart body wherever no file is
 * uploaded, and a URL-encoded form everywhere (no endpoint reads one). The container would otherwise parse such a
 * body into request parameters, where a parameter read by name (such as {@code knownAt}) could be taken from it, and
 * a multipart body would be spooled to disk for an endpoint that has no use for it. An empty form holds nothing and
 * passes: {@code curl -d ''} sends one for a POST without a body.
 */
public class FormBodyFilter extends OncePerRequestFilter {

    private final Predicate<HttpServletRequest> uploads;
    private final String uploadEndpoints;
    private final HandlerExceptionResolver problems;

    /**
     * @param uploads         the requests that upload a file, and may be multipart
     * @param uploadEndpoints those requests in words, for the problem: "POST /api/v1/imports"
     * @param problems        writes the 415 the same way as every other problem of the API
     */
    public FormBodyFilter(Predicate<HttpServletRequest> uploads, String uploadEndpoints,
                          HandlerExceptionResolver problems) {
        this.uploads = uploads;
        this.uploadEndpoints = uploadEndpoints;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        MediaType type = mediaType(request);
        boolean empty = request.getContentLengthLong() == 0;
        String refusal = null;
        if (type != null && MediaType.APPLICATION_FORM_URLENCODED.includes(type) && !empty) {
            refusal = "no endpoint reads a URL-encoded form; send JSON (application/json), or a file to import as "
                + "text/csv or multipart to " + uploadEndpoints;
        } else if (type != null && "multipart".equalsIgnoreCase(type.getType()) && !uploads.test(request)) {
            refusal = "multipart bodies are accepted only where a file is uploaded (" + uploadEndpoints + ")";
        }
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        problems.resolveException(request, response, null, new ErrorResponseException(
            ProblemType.UNSUPPORTED_MEDIA_TYPE.status(), ProblemType.UNSUPPORTED_MEDIA_TYPE.problem(
                "The request has Content-Type '" + request.getContentType() + "': " + refusal + "."), null));
    }

    /** The body's media type; null when there is none or it cannot be read (Spring MVC then answers for it). */
    private static MediaType mediaType(HttpServletRequest request) {
        String header = request.getContentType();
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return MediaType.parseMediaType(header);
        } catch (InvalidMediaTypeException e) {
            return null;
        }
    }
}
