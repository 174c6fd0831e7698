package org.surgepolicy.adapter.rest.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import org.surgepolicy.adapter.rest.error.RequestTooLargeException;

class RequestSizeLimitFilterTest {

    private static final RequestSizeLimitFilter.Limit LIMIT =
        new RequestSizeLimitFilter.Limit(DataSize.ofBytes(1_000), "surge.http.max-request-size");

    /** A request sent in chunks: its length is known only once it has been read. */
    private static MockHttpServletRequest chunked(int size) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tallies") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };
        request.setContent(new byte[size]);
        return request;
    }

    private static long readAll(InputStream in) throws java.io.IOException {
        long total = 0;
        byte[] buffer = new byte[64];
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            total += n;
        }
        return total;
    }

    @Test
    void chunkedBodyOverTheLimitFailsWhileItIsRead() throws Exception {
        AtomicLong read = new AtomicLong();
        FilterChain chain = (request, response) -> read.set(readAll(request.getInputStream()));
        RequestSizeLimitFilter filter = new RequestSizeLimitFilter(any -> LIMIT,
            (request, response, handler, e) -> null);

        assertThatThrownBy(() -> filter.doFilter(chunked(1_001), new MockHttpServletResponse(), chain))
            .isInstanceOf(RequestTooLargeException.class)
            .hasMessageContaining("larger than the limit of 1000 bytes");
        assertThat(read.get()).isZero();
    }

    @Test
    void chunkedBodyAtTheLimitIsReadWhole() throws Exception {
        AtomicLong read = new AtomicLong();
        FilterChain chain = (request, response) -> read.set(readAll(request.getInputStream()));
        new RequestSizeLimitFilter(any -> LIMIT, (request, response, handler, e) -> null)
            .doFilter(chunked(1_000), new MockHttpServletResponse(), chain);

        assertThat(read.get()).isEqualTo(1_000);
    }

    @Test
    void declaredLengthOverTheLimitIsAnsweredWithoutCallingTheChain() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/tallies");
        request.setContent(new byte[1_001]);
        AtomicLong answered = new AtomicLong();
        FilterChain chain = (req, res) -> {
            throw new AssertionError("the body must not be passed on");
        };
        new RequestSizeLimitFilter(any -> LIMIT, (req, res, handler, e) -> {
            answered.set(((RequestTooLargeException) e).getStatusCode().value());
            return null;
        }).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(answered.get()).isEqualTo(413);
    }
}
