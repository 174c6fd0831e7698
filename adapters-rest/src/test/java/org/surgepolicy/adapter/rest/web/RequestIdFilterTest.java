package org.surgepolicy.adapter.rest.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.DispatcherType;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();

    /** Runs the filter and returns the id the MDC held while the rest of the chain ran. */
    private String filter(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicReference<String> seen = new AtomicReference<>();
        filter.doFilter(request, response, new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req,
                                   jakarta.servlet.http.HttpServletResponse res) {
                seen.set(MDC.get(RequestIds.KEY));
            }
        }));
        return seen.get();
    }

    @Test
    void aPlainTokenIsKeptInTheMdcTheAttributeAndTheResponse() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/policies");
        request.addHeader(RequestIds.HEADER, "0af7651916cd43dd8448eb211c80319c");
        MockHttpServletResponse response = new MockHttpServletResponse();

        String logged = filter(request, response);

        assertThat(logged).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(request.getAttribute(RequestIds.KEY)).isEqualTo(logged);
        assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo(logged);
        assertThat(MDC.get(RequestIds.KEY)).as("cleared after the request").isNull();
    }

    @Test
    void anIdThatCouldForgeALogLineIsReplaced() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader(RequestIds.HEADER, "abc\n2024-01-01 INFO forged line");
        MockHttpServletResponse response = new MockHttpServletResponse();

        String logged = filter(request, response);

        assertThat(logged).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(response.getHeader(RequestIds.HEADER)).isEqualTo(logged);
    }

    @Test
    void anIdOfMoreThan128CharactersIsReplaced() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader(RequestIds.HEADER, "a".repeat(129));

        assertThat(filter(request, new MockHttpServletResponse())).hasSize(36);
    }

    @Test
    void theErrorDispatchOfARequestKeepsItsId() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/missing");
        request.setAttribute(RequestIds.KEY, "first-id");
        request.setDispatcherType(DispatcherType.ERROR);
        request.addHeader(RequestIds.HEADER, "other-id");

        assertThat(filter(request, new MockHttpServletResponse())).isEqualTo("first-id");
    }
}
