package dk.kkr.web;

import dk.kkr.core.text.Messages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * No request body larger than {@value #MAX_BYTES} bytes is read: one that says so in its Content-Length is
 * answered 413 with a Danish line before any of it is read, and one sent without a length (chunked) stops being
 * read at the limit, failing the request. The site's forms, calculation inputs and hand-overs are far smaller.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    /** An annex uploaded to an agenda item, on the desk or through the API: a PDF of a memo or report. */
    static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
    private static final Pattern UPLOADS = Pattern.compile("/punkter/\\d+/bilag|/api/items/\\d+/annexes");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = UPLOADS.matcher(request.getRequestURI()).matches() ? MAX_UPLOAD_BYTES : MAX_BYTES;
        if (request.getContentLengthLong() > limit) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType("text/plain;charset=UTF-8");
            response.setHeader("Connection", "close");
            response.getOutputStream().write((tooLarge(limit) + "\n").getBytes(StandardCharsets.UTF_8));
            return;
        }
        chain.doFilter(new Limited(request, limit), response);
    }

    /** The one Danish line for a body over {@code limit} bytes. */
    static String tooLarge(long limit) {
        return Messages.text("badRequest.tooLarge", limit / (1024 * 1024));
    }

    /** The request with a body that cannot be read past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream limited;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (limited == null) {
                limited = new LimitedStream(super.getInputStream(), limit);
            }
            return limited;
        }
    }

    private static final class LimitedStream extends ServletInputStream {
        private final ServletInputStream in;
        private final long limit;
        private long read;

        LimitedStream(ServletInputStream in, long limit) {
            this.in = in;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
                throw new IOException(tooLarge(limit));
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
