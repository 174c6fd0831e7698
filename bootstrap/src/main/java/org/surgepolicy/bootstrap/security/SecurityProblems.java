package org.surgepolicy.bootstrap.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
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

/**
 * Answers 401 and 403 as problems, written by the REST adapter's problem handler like every other error of the API,
 * with the challenges (RFC 9110 {@code WWW-Authenticate}) of the ways to authenticate that are switched on.
 */
final class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String BASIC_CHALLENGE = "Basic realm=\"Surge Policy Engine\", charset=\"UTF-8\"";

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
        if (bearer) {
            // Sets the Bearer challenge, with error="invalid_token" and why when a token was refused (RFC 6750).
            bearerChallenge.commence(request, response, e);
        }
        if (basic) {
            response.addHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_CHALLENGE);
        }
        answer(request, response, ProblemType.UNAUTHORIZED, unauthorized(e), e);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
        throws IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String user = who == null ? "This user" : "The user '" + who.getName() + "' (" + roles(who) + ")";
        answer(request, response, ProblemType.FORBIDDEN, user + " may not " + request.getMethod() + " "
            + request.getRequestURI() + ".", e);
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

    private void answer(HttpServletRequest request, HttpServletResponse response, ProblemType type, String detail,
                        Exception cause) throws IOException {
        ErrorResponseException problem = new ErrorResponseException(type.status(), type.problem(detail), cause);
        if (problems.resolveException(request, response, null, problem) == null) {
            response.sendError(type.status().value());
        }
    }
}
