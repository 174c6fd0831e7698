package org.surgepolicy.adapter.persistence.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The definition files the service ships (in the class path folder {@code policies/}), as text to copy and change. */
public final class ShippedPolicyFiles {

    public static final String SECURING_THE_BORDER = "securing-the-border";
    public static final String BORDER_EMERGENCY_AUTHORITY = "border-emergency-authority";

    private ShippedPolicyFiles() {
    }

    /** The text of the shipped file of the policy {@code id}. */
    public static String text(String id) {
        String resource = "/policies/" + id + ".yaml";
        try (InputStream in = ShippedPolicyFiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no shipped policy file " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped text of the policy {@code id} with its {@code occurrence}-th (from 1) {@code from} replaced. */
    public static String textWith(String id, String from, int occurrence, String to) {
        String text = text(id);
        int at = -1;
        for (int i = 0; i < occurrence; i++) {
            at = text.indexOf(from, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException("'" + from + "' does not occur " + occurrence + " times");
            }
        }
        return text.substring(0, at) + to + text.substring(at + from.length());
    }
}
