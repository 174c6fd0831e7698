package org.surgepolicy.adapter.rest.knownat;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads parameters out of a request's query string alone. {@code getParameter} would also read a form body or a
 * multipart part of the same name, and parse the body to find them.
 */
public final class QueryParameters {

    private QueryParameters() {
    }

    /** Every value of the parameter in the query string, decoded, in their order; names are compared decoded. */
    public static List<String> values(HttpServletRequest request, String name) {
        String query = request.getQueryString();
        List<String> values = new ArrayList<>();
        if (query == null || query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&")) {
            String[] parts = pair.split("=", 2);
            if (name.equals(decoded(parts[0]))) {
                values.add(parts.length > 1 ? decoded(parts[1]) : "");
            }
        }
        return values;
    }

    /** Whether the query string names the parameter at all. */
    public static boolean has(HttpServletRequest request, String name) {
        return !values(request, name).isEmpty();
    }

    /** A malformed escape is kept as it was sent: it can then match no name, and a value fails to parse. */
    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return text;
        }
    }
}
