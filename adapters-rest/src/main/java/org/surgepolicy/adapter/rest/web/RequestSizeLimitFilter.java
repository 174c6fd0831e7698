package org.surgepolicy.adapter.rest.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.surgepolicy.adapter.rest.error.RequestTooLargeException;

/**
 * Refuses request bodies over the limit with a 413 problem. A declared {@code Content-Length} over the limit is
 * refused before a byte of the body is read; a body of unknown length (chunked) is cut off as soon as it passes the
 * limit while it is read. A multipart body is parsed by the container itself, past this filter's reach: the
 * container's own multipart limits are set to the same size (see the REST configuration).
 */
public class RequestSizeLimitFilter extends OncePerRequestFilter {

    /**
     * A limit on request bodies.
     *
     * @param size    the most bytes a body may hold
     * @param setting the property that sets it, for the problem
     */
    public record Limit(DataSize size, String setting) {
    }

    private final Function<HttpServletRequest, Limit> limits;
    private final HandlerExceptionResolver problems;

    /**
     * @param limits   the limit of each request (a file upload may have a larger one than a JSON body)
     * @param problems writes the 413 the same way as every other problem of the API
     */
    public RequestSizeLimitFilter(Function<HttpServletRequest, Limit> limits, HandlerExceptionResolver problems) {
        this.limits = limits;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        Limit limit = limits.apply(request);
        if (request.getContentLengthLong() > limit.size().toBytes()) {
            problems.resolveException(request, response, null, new RequestTooLargeException(limit));
            return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new LimitedRequest(request, limit) : request, response);
    }

    /** A request whose body stream fails once more than the limit has been read from it. */
    private static final class LimitedRequest extends HttpServletRequestWrapper {

        private final Limit limit;
        private ServletInputStream stream;

        LimitedRequest(HttpServletRequest request, Limit limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedInputStream(super.getInputStream(), limit);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }
    }

    /** Counts the bytes read and throws {@link RequestTooLargeException} past the limit. */
    static final class LimitedInputStream extends ServletInputStream {

        private final ServletInputStream in;
        private final Limit limit;
        private long read;

        LimitedInputStream(ServletInputStream in, Limit limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > limit.size().toBytes()) {
                throw new RequestTooLargeException(limit);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
