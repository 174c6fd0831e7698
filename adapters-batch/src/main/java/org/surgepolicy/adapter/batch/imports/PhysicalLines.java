package org.surgepolicy.adapter.batch.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Cuts a file into its physical lines, one pass over its bytes: each line ends at {@code \n} (a {@code \r} before it
 * is dropped), so that nothing in one line, not even an unbalanced quote, can reach into the next. A line longer than
 * the limit is read to its end without being kept, and one that is not UTF-8, or holds a NUL or a carriage return
 * that does not end it, is reported as a fault with its text made printable ({@code \xNN} for each such byte), so
 * that the caller can reject it and go on. Memory stays within one buffer and one line of the limit.
 */
final class PhysicalLines {

    private static final int BUFFER = 64 * 1024;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER];
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private byte[] line;
    private int bufferEnd;
    private int bufferPosition;
    private long position;

    /**
     * @param in           the file from {@code position}, unbuffered or buffered
     * @param position     where {@code in} starts in the file (0 at its start, where a byte-order mark is skipped)
     * @param maxLineBytes the longest line kept, in bytes without its line end
     */
    PhysicalLines(InputStream in, long position, int maxLineBytes) throws IOException {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("the longest line must be at least 1 byte, was " + maxLineBytes);
        }
        this.in = in;
        this.position = position;
        this.maxLineBytes = maxLineBytes;
        this.line = new byte[Math.min(maxLineBytes, 1024)];
        if (position == 0) {
            fill();
            if (bufferEnd >= 3 && Arrays.equals(buffer, 0, 3, BYTE_ORDER_MARK, 0, 3)) {
                bufferPosition = 3;
                this.position = 3;
            }
        }
    }

    /** One line as read: its text (printable even when its bytes are not), and what is wrong with it, or null. */
    record Line(String text, String fault) {
    }

    /** Where the next line starts, in bytes from the start of the file. */
    long position() {
        return position;
    }

    /** The next line, or null at the end of the file. */
    Line next() throws IOException {
        int kept = 0;
        long content = 0;
        boolean ended = false;
        boolean any = false;
        while (!ended) {
            if (bufferPosition == bufferEnd && !fill()) {
                if (!any) {
                    return null;
                }
                break;
            }
            any = true;
            int start = bufferPosition;
            int end = start;
            while (end < bufferEnd && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - start;
            int keep = (int) Math.min(chunk, maxLineBytes + 1L - kept);
            if (keep > 0) {
                ensureCapacity(kept + keep);
                System.arraycopy(buffer, start, line, kept, keep);
                kept += keep;
            }
            content += chunk;
            ended = end < bufferEnd;
            bufferPosition = ended ? end + 1 : end;
        }
        position += content + (ended ? 1 : 0);
        if (content == kept && kept > 0 && line[kept - 1] == '\r') {
            kept--;
            content--;
        }
        if (content > maxLineBytes) {
            return new Line(printable(line, maxLineBytes) + "...", "the line is longer than the " + maxLineBytes
                + " bytes a line may have (surge.import.max-line-length)");
        }
        return decode(kept);
    }

    private Line decode(int length) {
        int nul = -1;
        int carriageReturn = -1;
        boolean ascii = true;
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b < 0) {
                ascii = false;
            } else if (b == 0 && nul < 0) {
                nul = i;
            } else if (b == '\r' && carriageReturn < 0) {
                carriageReturn = i;
            }
        }
        if (ascii && nul < 0 && carriageReturn < 0) {
            return new Line(new String(line, 0, length, StandardCharsets.US_ASCII), null);
        }
        String text = printable(line, length);
        int invalid = ascii ? -1 : firstInvalidByte(line, length);
        if (invalid >= 0) {
            return new Line(text, String.format("the line is not valid UTF-8: byte 0x%02X at byte %d of the line",
                line[invalid] & 0xFF, invalid + 1));
        }
        if (nul >= 0) {
            return new Line(text, "the line holds a NUL character at byte " + (nul + 1) + " of the line");
        }
        if (carriageReturn >= 0) {
            return new Line(text, "the line holds a carriage return at byte " + (carriageReturn + 1)
                + " of the line that does not end it");
        }
        return new Line(text, null);
    }

    /** Where the first byte that is not UTF-8 lies, or -1. */
    private int firstInvalidByte(byte[] bytes, int length) {
        decoder.reset();
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        CharBuffer out = CharBuffer.allocate(length);
        CoderResult result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : -1;
    }

    /** The bytes as text: UTF-8 where they are, {@code \xNN} for each byte that is not, for NUL and for CR. */
    private String printable(byte[] bytes, int length) {
        StringBuilder text = new StringBuilder(length + 16);
        CharBuffer out = CharBuffer.allocate(length);
        ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
        decoder.reset();
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            out.flip();
            appendEscapingControls(text, out);
            out.clear();
            if (!result.isError()) {
                break;
            }
            for (int i = 0; i < result.length(); i++) {
                text.append(String.format("\\x%02X", in.get() & 0xFF));
            }
        }
        return text.toString();
    }

    private static void appendEscapingControls(StringBuilder text, CharBuffer chars) {
        while (chars.hasRemaining()) {
            char c = chars.get();
            if (c == 0 || c == '\r') {
                text.append(String.format("\\x%02X", (int) c));
            } else {
                text.append(c);
            }
        }
    }

    private void ensureCapacity(int needed) {
        if (needed > line.length) {
            line = Arrays.copyOf(line, Math.max(needed, Math.min(line.length * 2, maxLineBytes + 1)));
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        while (read == 0) {
            read = in.read(buffer, 0, buffer.length);
        }
        bufferPosition = 0;
        bufferEnd = Math.max(read, 0);
        return read > 0;
    }
}
