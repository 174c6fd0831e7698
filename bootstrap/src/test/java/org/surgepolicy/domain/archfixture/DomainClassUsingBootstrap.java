package org.surgepolicy.domain.archfixture;

import org.surgepolicy.bootstrap.SurgePolicyApplication;

/** Deliberately wrong: an inner layer that depends on bootstrap (for the architecture rules' own test). */
public class DomainClassUsingBootstrap {

    public Class<?> application() {
        return SurgePolicyApplication.class;
    }
}
