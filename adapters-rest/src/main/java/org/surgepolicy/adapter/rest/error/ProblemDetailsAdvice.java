package org.surgepolicy.adapter.rest.error;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.surgepolicy.adapter.rest.RestProperties;
import org.surgepolicy.adapter.rest.web.RequestIds;
import org.surgepolicy.application.simulation.port.in.ComputationsBusy;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;
import org.surgepolicy.domain.validation.InvalidValueException;
import tools.jackson.core.JacksonException;

/**
 * Turns every error into an RFC 9457 problem ({@code application/problem+json}): Spring MVC's own (through
 * {@link ResponseEntityExceptionHandler}), invalid values from Bean Validation and from the domain, bodies that are
 * not JSON or hold values of the wrong type, unknown policies, a database that cannot be reached, a lock not had
 * within the database's lock timeout, and computations refused while too many run. Never a stack trace: an unexpected error is logged under an id that the answer names.
 * Every problem names the request's id ({@link RequestIds}), which every log line of the request carries too.
 */
@Hidden
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private final RestProperties properties;

    public ProblemDetailsAdvice(RestProperties properties) {
        this.properties = properties;
    }

    @ExceptionHandler
    ResponseEntity<Object> handleInvalidValue(InvalidValueException e, WebRequest request) {
        return invalid(RequestErrors.of(e), request);
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, TransientDataAccessResourceException.class,
        CannotCreateTransactionException.class})
    ResponseEntity<Object> handleDatabaseUnavailable(Exception e, WebRequest request) {
        log.warn("The database cannot be reached: {}", e.toString());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(properties.databaseRetryAfter().toSeconds()));
        return answer(ProblemType.DATABASE_UNAVAILABLE.problem(
            "The database cannot be reached at the moment; try again later."), headers, request);
    }

    /**
     * A request that waited for a lock longer than the database allows (H2's {@code LOCK_TIMEOUT}, PostgreSQL's
     * {@code lock_timeout}; the persistence adapter reports either as a locking failure, and H2's other waits show as
     * query timeouts) or lost a deadlock: its transaction was rolled back, so nothing of it was stored, and the same
     * request can be sent again. The ledger's lock is held for as long as an import's publish takes; a submission
     * that did not get it says so itself ({@code LedgerBusy}).
     */
    @ExceptionHandler({SubmitTalliesUseCase.LedgerBusy.class, PessimisticLockingFailureException.class,
        QueryTimeoutException.class})
    ResponseEntity<Object> handleLockNotHad(Exception e, WebRequest request) {
        log.warn("A request did not get its lock in time: {}", e.toString());
        long seconds = RetryAfter.seconds(properties.busyRetryAfter());
        return busy("The data is being changed by another request or an import, and this request could not wait"
            + " any longer for it; nothing of it was stored. Send it again in " + seconds + " s.", seconds, request);
    }

    /** Too many simulations or sweeps at once: this one was not run. */
    @ExceptionHandler
    ResponseEntity<Object> handleBusy(ComputationsBusy e, WebRequest request) {
        long seconds = RetryAfter.seconds(e.retryAfter());
        return busy(e.getMessage() + "; try again in " + seconds + " s.", seconds, request);
    }

    /** A {@code busy} problem, with the {@code Retry-After} its detail names. */
    private ResponseEntity<Object> busy(String detail, long seconds, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return answer(ProblemType.BUSY.problem(detail), headers, request);
    }

    @ExceptionHandler
    ResponseEntity<Object> handleUnexpected(Exception e, WebRequest request) {
        if (databaseUnreachable(e)) {
            return handleDatabaseUnavailable(e, request);
        }
        String assigned = request instanceof ServletWebRequest servlet ? RequestIds.of(servlet.getRequest()) : null;
        String id = assigned != null ? assigned : UUID.randomUUID().toString();
        log.error("Unexpected error {} answering {}", id, request.getDescription(false), e);
        return answer(ProblemType.INTERNAL_ERROR.problem(
            "An unexpected error occurred; it was logged under the id " + id + "."), new HttpHeaders(), request);
    }

    /**
     * Whether an exception that Spring did not translate as such still comes from a database that cannot be reached:
     * a connection lost in the middle of a transaction shows as a failed rollback whose cause is the lost connection,
     * and one lost as the transaction commits as a failed rollback whose cause is the driver's or the pool's own
     * error (the pool closes a broken connection; its "connection is closed" carries no SQL state to translate).
     */
    static boolean databaseUnreachable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof TransientDataAccessResourceException
                || t instanceof CannotCreateTransactionException || t instanceof RecoverableDataAccessException
                || t instanceof java.net.SocketException) {
                return true;
            }
            if (t instanceof TransactionSystemException failed && (failed.getCause() != null
                || failed.getApplicationException() != null && databaseUnreachable(failed.getApplicationException()))) {
                return true;
            }
        }
        return false;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        return invalid(RequestErrors.of(ex.getBindingResult()), request);
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
                                                        HttpStatusCode status, WebRequest request) {
        return invalid(List.of(RequestErrors.of(ex)), request);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        return invalid(List.of(ProblemError.of(ex.getParameterName(), "is required")), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        RequestTooLargeException tooLarge = cause(ex, RequestTooLargeException.class);
        if (tooLarge != null) {
            return answer(tooLarge.getBody(), headers, request);
        }
        JacksonException cause = cause(ex, JacksonException.class);
        if (cause == null) {
            return answer(ProblemType.MALFORMED_REQUEST.problem(
                "The request body is missing or cannot be read; send a JSON document."), headers, request);
        }
        ProblemError error = RequestErrors.of(cause);
        if (RequestErrors.isSyntaxError(cause)) {
            return answer(ProblemType.MALFORMED_REQUEST.problem("The request body is not valid JSON: " + error + ".",
                List.of(error)), headers, request);
        }
        return invalid(List.of(error), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException ex,
                                                                     HttpHeaders headers, HttpStatusCode status,
                                                                     WebRequest request) {
        String sent = ex.getContentType() == null ? "no Content-Type" : "Content-Type '" + ex.getContentType() + "'";
        // Sorted: the handler methods of one endpoint come in no set order.
        String supported = ex.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
            : ex.getSupportedMediaTypes().stream().map(MediaType::toString).sorted()
            .collect(Collectors.joining(", "));
        return answer(ProblemType.UNSUPPORTED_MEDIA_TYPE.problem("The request has " + sent + "; send " + supported
            + "."), headers, request);
    }

    /** A multipart upload over the import's limit, found by the container while it parsed the body. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
                                                                          HttpHeaders headers,
                                                                          HttpStatusCode status,
                                                                          WebRequest request) {
        return answer(new RequestTooLargeException(properties.importLimit()).getBody(), headers, request);
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
                                                                    HttpStatusCode status, WebRequest request) {
        return answer(ProblemType.NOT_FOUND.problem("There is no endpoint " + ex.getHttpMethod() + " /"
            + ex.getResourcePath() + "."), headers, request);
    }

    /** Every problem passes here: it gets its type, its title and the path it answers. */
    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        ProblemDetail problem = body instanceof ProblemDetail p ? p
            : ProblemDetail.forStatusAndDetail(statusCode, "The request cannot be answered.");
        if (problem.getType() == null || ABOUT_BLANK.equals(problem.getType())) {
            ProblemType.forStatus(problem.getStatus()).ifPresent(type -> {
                problem.setType(type.type());
                problem.setTitle(type.title());
            });
        }
        if (request instanceof ServletWebRequest servlet) {
            if (problem.getInstance() == null) {
                problem.setInstance(instance(servlet.getRequest().getRequestURI()));
            }
            withRequestId(problem, servlet.getRequest());
        }
        return ResponseEntity.status(statusCode).headers(headers).contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }

    private ResponseEntity<Object> invalid(List<ProblemError> errors, WebRequest request) {
        String detail = errors.size() == 1 ? errors.getFirst() + "."
            : errors.size() + " values are invalid; the first: " + errors.getFirst() + ".";
        return answer(ProblemType.INVALID_REQUEST.problem(detail, errors), new HttpHeaders(), request);
    }

    private ResponseEntity<Object> answer(ProblemDetail problem, HttpHeaders headers, WebRequest request) {
        return createResponseEntity(problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
    }

    /** Names the request's id in the problem, when the request has one. */
    static void withRequestId(ProblemDetail problem, HttpServletRequest request) {
        String id = RequestIds.of(request);
        if (id != null) {
            problem.setProperty(RequestIds.KEY, id);
        }
    }

    /** The path a problem answers, or null when it is not a valid URI reference. */
    static URI instance(String path) {
        try {
            return path == null ? null : URI.create(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
