package org.surgepolicy.adapter.persistence;

import java.nio.file.Path;

/** The JDBC URLs of the H2 databases the tests run on, with the settings of the service's embedded default. */
public final class H2Urls {

    /** PostgreSQL's dialect, names in lower case and nulls sorted last, as the embedded default runs H2. */
    public static final String SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /** Keeps an in-memory database until the JVM ends, rather than until its last connection closes. */
    public static final String KEPT_OPEN = ";DB_CLOSE_DELAY=-1";

    private H2Urls() {
    }

    /** An in-memory database of that name. */
    public static String memory(String name) {
        return "jdbc:h2:mem:" + name + SETTINGS;
    }

    /** A database in {@code file} (the path without H2's extension). */
    public static String file(Path file) {
        return "jdbc:h2:file:" + file + SETTINGS;
    }
}
