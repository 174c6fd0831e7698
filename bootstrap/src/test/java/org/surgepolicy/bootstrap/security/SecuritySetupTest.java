package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.surgepolicy.bootstrap.security.SurgeSecurityProperties.User;

/** What the audit trail records of the security configuration: modes, users and roles, never a password. */
class SecuritySetupTest {

    private static final SurgeSecurityProperties.Jwt JWT = new SurgeSecurityProperties.Jwt("groups", "email");

    private static Accounts configured() {
        return Accounts.of(List.of(new User("ann", "{noop}ann-pw", List.of("auditor", "VIEWER")),
            new User("bob", "{noop}bob-pw", List.of("ADMIN"))), false, true, false,
            PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Test
    void configuredUsersWithTokensAreBothModesEachUserWithSortedRoles() {
        SecuritySetup setup = SecuritySetup.of(configured(), true, JWT);

        assertThat(setup.mode()).isEqualTo("users+jwt");
        assertThat(setup.canonical()).isEqualTo("""
            mode=users+jwt
            user=ann:AUDITOR,VIEWER
            user=bob:ADMIN
            jwt.roles-claim=groups
            jwt.username-claim=email""");
        assertThat(setup.summary()).isEqualTo("users: ann (AUDITOR, VIEWER), bob (ADMIN); bearer tokens (roles from "
            + "the claim 'groups')");
        assertThat(setup.canonical() + setup.summary()).doesNotContain("-pw");
    }

    @Test
    void usersMadeUpForTheRunAreSaidToBe() {
        SecuritySetup setup = SecuritySetup.of(Accounts.of(List.of(), false, false, true,
            PasswordEncoderFactories.createDelegatingPasswordEncoder()), false, JWT);

        assertThat(setup.mode()).isEqualTo("generated");
        assertThat(setup.jwt()).isNull();
        assertThat(setup.summary()).startsWith("users made up for this run: viewer (VIEWER), operator (OPERATOR)");
    }

    @Test
    void tokensAloneAreTheJwtMode() {
        SecuritySetup setup = SecuritySetup.of(Accounts.of(List.of(), true, true, false,
            PasswordEncoderFactories.createDelegatingPasswordEncoder()), true, JWT);

        assertThat(setup.mode()).isEqualTo("jwt");
        assertThat(setup.accounts()).isEmpty();
        assertThat(setup.summary()).isEqualTo("bearer tokens (roles from the claim 'groups')");
    }
}
