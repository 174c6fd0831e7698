package org.surgepolicy.application.port.out.archfixture;

import org.surgepolicy.application.policy.EvaluationInputs;

/** Deliberately wrong: a port that refers to a service class (for the architecture rules' own test). */
public interface PortReferringToService {

    EvaluationInputs inputs();
}
