package org.surgepolicy.bootstrap.security;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The endpoints the application maps, each keyed by its method and pattern ("GET /api/v1/policies/{id}/status"), and
 * the row of the {@link AccessTable} that decides who may call it: what the tests of the table and of the documents
 * that describe the endpoints hold them against.
 */
final class HandlerEndpoints {

    private HandlerEndpoints() {
    }

    /** The method and pattern of each mapping of every handler mapping that maps to methods (controllers, actuator). */
    static Map<String, RequestMappingInfo> mappings(Collection<RequestMappingInfoHandlerMapping> handlers) {
        Map<String, RequestMappingInfo> mappings = new TreeMap<>();
        for (RequestMappingInfoHandlerMapping handler : handlers) {
            for (RequestMappingInfo info : handler.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (methods.isEmpty()) {
                        mappings.put("GET " + pattern, info);
                    }
                    methods.forEach(m -> mappings.put(m.name() + " " + pattern, info));
                }
            }
        }
        return mappings;
    }

    static HttpMethod method(String key) {
        return HttpMethod.valueOf(key.substring(0, key.indexOf(' ')));
    }

    static String pattern(String key) {
        return key.substring(key.indexOf(' ') + 1);
    }

    /** The row Spring Security applies to requests of this method and pattern: the first that covers it. */
    static Optional<AccessTable.Row> rowOf(HttpMethod method, String pattern) {
        return AccessTable.ROWS.stream().filter(row -> row.covers(method)
            && (row.pattern().equals(pattern) || PathPatternParser.defaultInstance.parse(row.pattern())
            .matches(PathContainer.parsePath(pattern)))).findFirst();
    }
}
