package org.surgepolicy.bootstrap;

import java.util.stream.Collectors;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.surgepolicy.adapter.persistence.policy.PolicyFileException;

/** Reports a bad policy definition file as a bad setting: the file, each bad field, and what to do. */
class PolicyFileFailureAnalyzer extends AbstractFailureAnalyzer<PolicyFileException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, PolicyFileException cause) {
        String fields = cause.violations().stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
        return new FailureAnalysis("The policy definition file " + cause.file() + " cannot be loaded:\n" + fields,
            "Correct the file (the fields are named by their path in it), or remove it from the folder named by "
                + "surge.policies.location.", cause);
    }
}
