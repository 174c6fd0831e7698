package org.surgepolicy.adapter.persistence;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Rows in the text format of PostgreSQL's COPY, as UTF-8 bytes: fields parted by a tab, rows ended by a newline, and
 * in a text field each backslash, tab, newline and carriage return written as its backslash escape, so that no value
 * can end its field or row early whatever it holds. Reused row after row: {@link #clear()} keeps the buffer.
 */
public final class CopyText {

    private byte[] bytes = new byte[64 * 1024];
    private int length;
    private boolean rowStarted;

    /** Adds a text field; null is SQL's null. */
    public CopyText text(String value) {
        separate();
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
            return this;
        }
        int size = value.length();
        for (int i = 0; i < size; i++) {
            char c = value.charAt(i);
            if (c >= 0x80) {
                escaped(value.substring(i).getBytes(StandardCharsets.UTF_8));
                return this;
            }
            escaped((byte) c);
        }
        return this;
    }

    /** Adds a whole number. */
    public CopyText number(long value) {
        separate();
        ascii(Long.toString(value));
        return this;
    }

    /** Adds a date, as ISO 8601 (which COPY reads whatever the session's date style). */
    public CopyText date(LocalDate value) {
        separate();
        ascii(value.toString());
        return this;
    }

    /** Ends the row. */
    public CopyText endRow() {
        put((byte) '\n');
        rowStarted = false;
        return this;
    }

    /** The rows so far; valid up to {@link #length()}. */
    public byte[] bytes() {
        return bytes;
    }

    public int length() {
        return length;
    }

    /** Forgets the rows, keeping the buffer. */
    public void clear() {
        length = 0;
        rowStarted = false;
    }

    private void separate() {
        if (rowStarted) {
            put((byte) '\t');
        }
        rowStarted = true;
    }

    private void ascii(String value) {
        int size = value.length();
        ensure(size);
        for (int i = 0; i < size; i++) {
            bytes[length++] = (byte) value.charAt(i);
        }
    }

    /** UTF-8 bytes: the four bytes to escape are ASCII, and no byte of a multi-byte character is ASCII. */
    private void escaped(byte[] utf8) {
        for (byte b : utf8) {
            escaped(b);
        }
    }

    private void escaped(byte b) {
        switch (b) {
            case '\\' -> {
                put((byte) '\\');
                put((byte) '\\');
            }
            case '\t' -> {
                put((byte) '\\');
                put((byte) 't');
            }
            case '\n' -> {
                put((byte) '\\');
                put((byte) 'n');
            }
            case '\r' -> {
                put((byte) '\\');
                put((byte) 'r');
            }
            default -> put(b);
        }
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void ensure(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
