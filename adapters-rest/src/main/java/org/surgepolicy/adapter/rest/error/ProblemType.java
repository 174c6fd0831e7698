package org.surgepolicy.adapter.rest.error;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The kinds of problem the API answers with (RFC 9457). Each type is a {@code tag:} URI: an identifier that clients
 * compare, not a page to fetch (RFC 9457 section 3.1.1).
 */
public enum ProblemType {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request"),
    MALFORMED_REQUEST(HttpStatus.BAD_REQUEST, "malformed-request", "Malformed request"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required"),
    FORBIDDEN(HttpStatus.FORBIDDEN, "forbidden", "Not allowed"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "not-found", "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable"),
    CONFLICT(HttpStatus.CONFLICT, "conflict", "Conflict"),
    REQUEST_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "request-too-large", "Request too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type"),
    TOO_MANY_SIGN_INS(HttpStatus.TOO_MANY_REQUESTS, "too-many-sign-ins", "Too many failed sign-ins"),
    DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable"),
    BUSY(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Too busy"),
    INTERNAL_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error");

    /** What every type URI starts with. */
    public static final String PREFIX = "tag:surgepolicy.org,2024:problems/";

    /** The name of the problem member that lists the invalid values. */
    public static final String ERRORS = "errors";

    private final HttpStatus status;
    private final URI type;
    private final String title;

    ProblemType(HttpStatus status, String slug, String title) {
        this.status = status;
        this.type = URI.create(PREFIX + slug);
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    /** A problem of this type. */
    public ProblemDetail problem(String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    /** A problem of this type that lists the invalid values. */
    public ProblemDetail problem(String detail, List<ProblemError> errors) {
        ProblemDetail problem = problem(detail);
        problem.setProperty(ERRORS, List.copyOf(errors));
        return problem;
    }

    /**
     * The type that stands for a bare status, when a problem was made without a more specific one; empty for a status
     * that has none (such a problem keeps {@code about:blank}, which RFC 9457 reserves for exactly that).
     */
    public static Optional<ProblemType> forStatus(int status) {
        return Arrays.stream(values())
            .filter(t -> t.status.value() == status)
            .filter(t -> t != MALFORMED_REQUEST && t != DATABASE_UNAVAILABLE && t != BUSY)
            .findFirst();
    }
}
