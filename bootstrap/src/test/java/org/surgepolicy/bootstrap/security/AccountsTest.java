package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.surgepolicy.bootstrap.security.SurgeSecurityProperties.User;

/**
 * The configured users are checked at start-up, every bad entry named; users are made up only for the embedded
 * default, and production takes bearer tokens only.
 */
@ExtendWith(OutputCaptureExtension.class)
class AccountsTest {

    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private static final String BCRYPT = "{bcrypt}" + new BCryptPasswordEncoder(4).encode("s3cret");

    private static Accounts configured(User... users) {
        return Accounts.of(List.of(users), false, false, true, ENCODER);
    }

    @Test
    void configuredUsersGetTheirRolesInAnyCase() {
        Accounts accounts = configured(new User("ann", BCRYPT, List.of("viewer", "ROLE_Auditor")),
            new User("bob", "{noop}bob-secret", List.of("ADMIN")));

        assertThat(accounts.users()).extracting(UserDetails::getUsername).containsExactly("ann", "bob");
        assertThat(accounts.users().getFirst().getAuthorities()).extracting(GrantedAuthority::getAuthority)
            .containsExactlyInAnyOrder("ROLE_VIEWER", "ROLE_AUDITOR");
        assertThat(ENCODER.matches("s3cret", accounts.users().getFirst().getPassword())).isTrue();
    }

    @Test
    void unknownRoleStopsTheStartNamingTheEntry() {
        assertThatThrownBy(() -> configured(new User("ann", BCRYPT, List.of("VIEWER")),
            new User("bob", BCRYPT, List.of("VIEWER", "SUPERVISOR"))))
            .isInstanceOf(SecuritySetupException.class)
            .hasMessage("The users configured in surge.security.users cannot be used:\n"
                + "  - surge.security.users[1] (username 'bob'): unknown role 'SUPERVISOR'; expected one of VIEWER, "
                + "OPERATOR, AUDITOR, ADMIN");
    }

    @Test
    void missingPasswordStopsTheStartNamingTheEntry() {
        assertThatThrownBy(() -> configured(new User("ann", " ", List.of("VIEWER"))))
            .isInstanceOf(SecuritySetupException.class)
            .hasMessageContaining("surge.security.users[0] (username 'ann'): the password is missing; give it "
                + "encoded, such as {bcrypt}$2a$10$...");
    }

    @Test
    void passwordThatDoesNotNameItsEncodingIsRefusedWithoutBeingQuoted() {
        assertThatThrownBy(() -> configured(new User("ann", "plain-secret", List.of("VIEWER"))))
            .hasMessageContaining("surge.security.users[0] (username 'ann'): the password does not name how it is "
                + "encoded")
            .message().doesNotContain("plain-secret");
    }

    @Test
    void passwordOfAnUnknownEncodingIsRefusedWithoutBeingQuoted() {
        assertThatThrownBy(() -> configured(new User("ann", "{md6}abcdef", List.of("VIEWER"))))
            .hasMessageContaining("surge.security.users[0] (username 'ann'): the password's encoding '{md6}' is not "
                + "one Spring Security knows")
            .message().doesNotContain("abcdef");
    }

    @Test
    void passwordWithNothingAfterItsEncodingIsRefused() {
        assertThatThrownBy(() -> configured(new User("ann", "{bcrypt}", List.of("VIEWER"))))
            .hasMessageContaining("surge.security.users[0] (username 'ann'): the password is empty after its "
                + "encoding '{bcrypt}'");
    }

    @Test
    void everyBadEntryIsNamedAtOnce() {
        assertThatThrownBy(() -> configured(new User(null, BCRYPT, List.of("VIEWER")),
            new User("ann", BCRYPT, List.of()), new User("cy", BCRYPT, List.of("ADMIN")),
            new User("cy", BCRYPT, List.of("ADMIN"))))
            .hasMessageContaining("  - surge.security.users[0]: the username is missing")
            .hasMessageContaining("  - surge.security.users[1] (username 'ann'): no roles are given; give one or "
                + "more of VIEWER, OPERATOR, AUDITOR, ADMIN")
            .hasMessageContaining("  - surge.security.users[3] (username 'cy'): the username is already that of "
                + "surge.security.users[2]")
            .message().doesNotContain("users[2] (");
    }

    @Test
    void productionWithoutATokenIssuerIsRefusedSayingWhatToSet() {
        assertThatThrownBy(() -> Accounts.of(List.of(), true, false, false, ENCODER))
            .isInstanceOf(SecuritySetupException.class)
            .hasMessage("The prod profile is active, but no token issuer is configured: nobody could use the API.")
            .satisfies(e -> assertThat(((SecuritySetupException) e).action())
                .contains("spring.security.oauth2.resourceserver.jwt.issuer-uri"));
    }

    @Test
    void productionWithUsersIsRefusedEvenWithATokenIssuer() {
        for (boolean tokens : new boolean[] {false, true}) {
            assertThatThrownBy(() -> Accounts.of(List.of(new User("ann", BCRYPT, List.of("ADMIN"))), true, tokens,
                true, ENCODER))
                .isInstanceOf(SecuritySetupException.class)
                .hasMessage("The prod profile takes bearer tokens only, but users are configured "
                    + "(surge.security.users): HTTP Basic is never accepted in production.")
                .satisfies(e -> assertThat(((SecuritySetupException) e).action())
                    .startsWith("Remove surge.security.users and configure the issuer"));
        }
    }

    @Test
    void productionWithTokensAloneMakesNoUsers(CapturedOutput output) {
        assertThat(Accounts.of(List.of(), true, true, true, ENCODER).any()).isFalse();
        assertThat(output.getOut()).doesNotContain("No users are configured");
    }

    @Test
    void usersAreMadeUpForTheEmbeddedDefaultOnly(CapturedOutput output) {
        assertThat(Accounts.of(List.of(), false, false, true, ENCODER).generated()).isTrue();

        assertThatThrownBy(() -> Accounts.of(List.of(), false, false, false, ENCODER))
            .isInstanceOf(SecuritySetupException.class)
            .hasMessageContaining("Neither users (surge.security.users) nor a token issuer are configured, and the "
                + "database is not the embedded default")
            .satisfies(e -> assertThat(((SecuritySetupException) e).action())
                .contains("surge.security.users[0].password").contains("jwt.issuer-uri"));
        assertThat(output.getOut()).containsOnlyOnce("No users are configured");
    }

    @Test
    void aTokenIssuerAloneMakesNoUsersOnTheEmbeddedDefaultEither() {
        assertThat(Accounts.of(List.of(), false, true, true, ENCODER).any()).isFalse();
    }
}
