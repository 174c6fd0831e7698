package org.surgepolicy.adapter.persistence.archfixture;

import org.surgepolicy.adapter.rest.archfixture.RestClassUsingPersistence;

/** Deliberately wrong: a persistence class that refers to the REST adapter (for the architecture rules' test). */
public class PersistenceThing {

    public RestClassUsingPersistence caller() {
        return new RestClassUsingPersistence();
    }
}
