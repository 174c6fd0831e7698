package org.surgepolicy.bootstrap.security;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a refused security configuration as Spring Boot reports a bad setting: what is wrong, and what to do. */
class SecuritySetupFailureAnalyzer extends AbstractFailureAnalyzer<SecuritySetupException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SecuritySetupException cause) {
        return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
    }
}
