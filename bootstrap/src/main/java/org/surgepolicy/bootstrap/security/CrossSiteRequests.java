package org.surgepolicy.bootstrap.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with a 403, a request that would change something when a browser says another site made it: a page
 * elsewhere must not use the credentials a browser holds for this service (HTTP Basic, which browsers remember and
 * send on their own, or any cookie a proxy in front adds) to import, override or start a job. The browser's own
 * headers, which a page cannot set, tell where a request comes from:
 * <ul>
 *   <li>{@code Sec-Fetch-Site} (Fetch Metadata, sent by every current browser): {@code same-origin} and {@code none}
 *       (typed or bookmarked by the user) pass; {@code same-site} and {@code cross-site} are refused;</li>
 *   <li>without it (older browsers), an {@code Origin} that is not this request's own host is refused, {@code null}
 *       (a sandboxed or local page) included;</li>
 *   <li>with neither, the client is not a browser (a script, curl, another service): it sends its credentials
 *       itself, which no foreign page can make it do, and passes as it always has.</li>
 * </ul>
 * GET, HEAD and OPTIONS change nothing and always pass. This is the check of Go's {@code CrossOriginProtection}
 * rather than Spring Security's CSRF tokens: a token would need a session or cookie this stateless API does not keep,
 * and every script would have to fetch one before each change.
 */
final class CrossSiteRequests extends OncePerRequestFilter {

    static final String FETCH_SITE = "Sec-Fetch-Site";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> OWN_SITE = Set.of("same-origin", "none");

    private final SecurityProblems problems;

    CrossSiteRequests(SecurityProblems problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String refusal = SAFE_METHODS.contains(request.getMethod()) ? null : refusal(request);
        if (refusal == null) {
            chain.doFilter(request, response);
            return;
        }
        problems.forbid(request, response, "Refused " + request.getMethod() + " " + request.getRequestURI() + ": "
            + refusal + ". Requests that change something are accepted from this service's own pages and from "
            + "clients that are not browsers, never on another site's behalf.");
    }

    /** Why the request is refused as made by another site; null when it is not. */
    private static String refusal(HttpServletRequest request) {
        String site = request.getHeader(FETCH_SITE);
        if (site != null) {
            return OWN_SITE.contains(site.strip().toLowerCase(Locale.ROOT)) ? null
                : "the browser says another site made it (" + FETCH_SITE + ": " + site + ")";
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null || sameHost(origin, request.getHeader(HttpHeaders.HOST))) {
            return null;
        }
        return "it comes from the page of another origin (Origin: " + origin + ")";
    }

    /** Whether an {@code Origin} names the host (and port) the request was sent to. */
    private static boolean sameHost(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException notAUri) {
            return false;
        }
    }
}
