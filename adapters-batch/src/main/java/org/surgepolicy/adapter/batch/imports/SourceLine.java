package org.surgepolicy.adapter.batch.imports;

/**
 * One line of a file as read: its line number (the header is line 1), its text, and why it cannot be read (too
 * long, not UTF-8, a NUL), or null when it can.
 */
public record SourceLine(long number, String text, String fault) {

    /** A line that was read whole. */
    SourceLine(long number, String text) {
        this(number, text, null);
    }

    boolean blank() {
        return fault == null && text.isBlank();
    }
}
