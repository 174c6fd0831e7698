package org.surgepolicy.adapter.batch.cli;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Why a command-line run could not do its job, in one or two lines that a person acts on: the cause first, then the
 * fix, and the exit code that goes with it.
 */
record CommandLineFailure(int exitCode, String cause, String fix) {

    /** H2 says so when another process has the database file open (its error 90020). */
    private static final Pattern H2_IN_USE = Pattern.compile("Database may be already in use: \"?([^\"]*)\"?");

    static CommandLineFailure of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            Matcher inUse = H2_IN_USE.matcher(message);
            if (inUse.find()) {
                String file = inUse.group(1).isBlank() ? "" : " " + inUse.group(1).strip();
                return new CommandLineFailure(CommandLineJobs.DATABASE_UNAVAILABLE,
                    "The embedded database" + file + " is in use by another process: the service is probably"
                        + " running on it.",
                    "Stop the service, or point this command at the service's database"
                        + " (--spring.datasource.url=...), or use the service's REST API instead"
                        + " (POST /api/v1/imports?format=..., POST /api/v1/jobs/recompute).");
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException
                || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return new CommandLineFailure(CommandLineJobs.DATABASE_UNAVAILABLE,
                    "The database cannot be reached: " + message + ".",
                    "Start it, or check spring.datasource.url (and its user and password).");
            }
        }
        Throwable root = root(failure);
        if (failure instanceof DataAccessResourceFailureException || root instanceof DataAccessResourceFailureException) {
            return new CommandLineFailure(CommandLineJobs.DATABASE_UNAVAILABLE,
                "The database cannot be used: " + text(root) + ".",
                "Check spring.datasource.url (and its user and password), and that the database is up.");
        }
        return new CommandLineFailure(CommandLineJobs.FAILED, text(root) + ".",
            "Run the command again with --debug to see where it failed.");
    }

    private static Throwable root(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    private static String text(Throwable t) {
        String message = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getSimpleName()
            : t.getMessage().lines().findFirst().orElse("").strip();
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
