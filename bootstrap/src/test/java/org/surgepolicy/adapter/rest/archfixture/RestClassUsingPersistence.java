package org.surgepolicy.adapter.rest.archfixture;

import org.surgepolicy.adapter.persistence.archfixture.PersistenceThing;

/** Deliberately wrong: a REST class that refers to the persistence adapter (for the architecture rules' test). */
public class RestClassUsingPersistence {

    public PersistenceThing store() {
        return new PersistenceThing();
    }
}
