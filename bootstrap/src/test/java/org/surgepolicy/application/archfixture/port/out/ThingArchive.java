package org.surgepolicy.application.archfixture.port.out;

/** An out-port of the architecture rules' test. */
public interface ThingArchive {

    void keep(String thing);
}
