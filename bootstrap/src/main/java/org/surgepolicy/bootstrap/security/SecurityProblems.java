package org.surgepolicy.bootstrap.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.surgepolicy.adapter.rest.error.ProblemType;
import org.surgepolicy.adapter.rest.error.RetryAfter;

/**
 * Answers 401, 403 and 429 as problems, written by the REST adapter's problem handler like every other error of the
 * API, with the challenges (RFC 9110 {@code WWW-Authenticate}) of the ways to authenticate that are switched on. A
 * 403 names the role the request needed.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String BASIC_CHALLENGE = "Basic realm=\"Surge Policy Engine\", charset=\"UTF-8\"";

    /** The problem member that lists the roles any one of which would have let a refused request in. */
    static final String NEEDS = "needs";

    private final HandlerExceptionResolver problems;
    private final boolean basic;
    private final boolean bearer;
    private final BearerTokenAuthenticationEntryPoint bearerChallenge = new BearerTokenAuthenticationEntryPoint();

    /**
     * @param basic  whether HTTP Basic is accepted
     * @param bearer whether bearer tokens are accepted
     */
    SecurityProblems(HandlerExceptionResolver problems, boolean basic, boolean bearer) {
        this.problems = problems;
        this.basic = basic;
        this.bearer = bearer;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
        throws IOException {
        if (e instanceof ThrottledSignIn.TooManyFailures throttled) {
            long seconds = RetryAfter.seconds(throttled.retryAfter());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            answer(request, response, ProblemType.TOO_MANY_SIGN_INS.problem(e.getMessage() + "; try again in "
                + seconds + " s."), e);
            return;
        }
        if (bearer) {
            // Sets the Bearer challenge, with error="invalid_token" and why when a token was refused (RFC 6750).
            bearerChallenge.commence(request, response, e);
        }
        if (basic) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        answer(request, response, ProblemType.UNAUTHORIZED.problem(unauthorized(e)), e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
        throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String user = who == null ? "This user" : "The user '" + who.getName() + "' (" + roles(who) + ")";
        String refused = user + " may not " + request.getMethod() + " " + request.getRequestURI();
        if (e instanceof AuthorizationDeniedException denied
            && denied.getAuthorizationResult() instanceof RoleCheck.Refusal refusal) {
            String needed = refusal.needed().stream().map(Role::name).collect(Collectors.joining(" or "));
            ProblemDetail problem = ProblemType.FORBIDDEN.problem(refusal.knownAt()
                ? refused + " with knownAt: asking what was known at a past instant needs " + needed + ", in addition"
                + " to the endpoint's own role."
                : refused + ": it needs " + needed + ".");
            problem.setProperty(NEEDS, refusal.needed().stream().map(Role::name).toList());
            answer(request, response, problem, e);
            return;
        }
        answer(request, response, ProblemType.FORBIDDEN.problem(refused + "."), e);
    }

    /** Refuses a request before it is authenticated, for a reason other than its user's roles. */
    void forbid(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        answer(request, response, ProblemType.FORBIDDEN.problem(detail), null);
    }

    private String unauthorized(AuthenticationException e) {
        if (e instanceof BadCredentialsException) {
            return "The user name or password is not valid.";
        }
        if (e instanceof OAuth2AuthenticationException token) {
            String why = token.getError().getDescription();
            return "The bearer token is not valid: " + (why != null ? why : e.getMessage()) + ".";
        }
        String ways = basic && bearer ? "HTTP Basic credentials or a bearer token"
            : bearer ? "a bearer token" : "HTTP Basic credentials";
        return "Authentication is required: send " + ways + ".";
    }

    private static String roles(Authentication who) {
        String roles = who.getAuthorities().stream().map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
            .collect(Collectors.joining(", "));
        return roles.isEmpty() ? "no role" : "roles " + roles;
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem,
                        Exception cause) throws IOException {
        ErrorResponseException error = new ErrorResponseException(HttpStatusCode.valueOf(problem.getStatus()), problem,
            cause);
        if (problems.resolveException(request, response, null, error) == null) {
            response.sendError(problem.getStatus());
        }
    }
}
