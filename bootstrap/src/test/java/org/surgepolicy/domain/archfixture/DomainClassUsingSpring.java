package org.surgepolicy.domain.archfixture;

import org.springframework.transaction.annotation.Transactional;

/** Deliberately wrong: a domain class that uses a framework (for the architecture rules' own test). */
public class DomainClassUsingSpring {

    @Transactional
    public void save() {
        // the annotation is the violation
    }
}
