package org.surgepolicy.bootstrap.security;

/** The security configuration cannot be used: the application does not start, and says what to set. */
public class SecuritySetupException extends RuntimeException {

    private final String action;

    /**
     * @param problem what is wrong, naming the setting
     * @param action  what to set to put it right
     */
    public SecuritySetupException(String problem, String action) {
        super(problem);
        this.action = action;
    }

    public String action() {
        return action;
    }
}
