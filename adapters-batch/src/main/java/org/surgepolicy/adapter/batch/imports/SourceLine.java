package org.surgepolicy.adapter.batch.imports;

/** One record of a file as read: its line number (the header is line 1) and its text. */
record SourceLine(long number, String text) {

    boolean blank() {
        return text.isBlank();
    }
}
