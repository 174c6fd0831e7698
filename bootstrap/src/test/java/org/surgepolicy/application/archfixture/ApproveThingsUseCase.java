package org.surgepolicy.application.archfixture;

/** Deliberately wrong: a use case that is a class outside ..port.in.. (for the architecture rules' own test). */
public class ApproveThingsUseCase {

    public boolean approve() {
        return true;
    }
}
