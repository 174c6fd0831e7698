package org.surgepolicy.bootstrap.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Matches a request that asks about the past: one whose query has a {@code knownAt} parameter. Only the query string
 * is read, so that matching never reads (or, for a multipart upload, parses) a request body.
 */
final class KnownAtQuery implements RequestMatcher {

    static final String PARAMETER = "knownAt";

    @Override
    public boolean matches(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        for (String pair : query.split("&")) {
            String name = pair.split("=", 2)[0];
            if (PARAMETER.equals(name) || PARAMETER.equals(decoded(name))) {
                return true;
            }
        }
        return false;
    }

    private static String decoded(String name) {
        try {
            return URLDecoder.decode(name, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return name;
        }
    }
}
