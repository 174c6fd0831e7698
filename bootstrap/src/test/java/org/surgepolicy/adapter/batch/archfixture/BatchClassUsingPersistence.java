package org.surgepolicy.adapter.batch.archfixture;

import org.surgepolicy.adapter.persistence.archfixture.PersistenceThing;

/** Deliberately wrong: a batch class that refers to the persistence adapter (for the architecture rules' test). */
public class BatchClassUsingPersistence {

    public PersistenceThing store() {
        return new PersistenceThing();
    }
}
