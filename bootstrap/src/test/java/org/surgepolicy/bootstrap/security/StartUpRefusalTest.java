package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A security configuration nobody could use, or one that would let in users it should not, stops the start, and the
 * report says what to set.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartUpRefusalTest {

    private static SecuritySetupException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SecuritySetupException setup) {
                return setup;
            }
        }
        throw new AssertionError("the start was not refused for its security settings", e);
    }

    @Test
    void badUsersEntryStopsTheStartNamingTheEntry(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> SecuredApi.start("surge.security.users[0].username=ann",
            "surge.security.users[0].password={noop}ann-secret", "surge.security.users[0].roles=VIEWER,BOSS").close());

        assertThat(refusal(failure)).hasMessageContaining(
            "surge.security.users[0] (username 'ann'): unknown role 'BOSS'");
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
            .contains("surge.security.users[0] (username 'ann'): unknown role 'BOSS'; expected one of VIEWER, "
                + "OPERATOR, AUDITOR, ADMIN")
            .contains("Action:")
            .doesNotContain("ann-secret");
    }

    @Test
    void noUsersAreMadeUpForAPostgresqlDatabase(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> SecuredApi.start(
            "spring.datasource.url=jdbc:postgresql://db.example.org:5432/surge").close());

        assertThat(refusal(failure)).hasMessageContaining("the database is not the embedded default");
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
            .contains("users are made up only for the embedded H2 file database")
            .contains("Configure users with surge.security.users[0].username")
            .doesNotContain("No users are configured (surge.security.users), so these were made");
    }

    @Test
    void prodProfileWithUsersButNoIssuerDoesNotStart(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> SecuredApi.start("spring.profiles.active=prod",
            "surge.security.users[0].username=ann", "surge.security.users[0].password={noop}ann-secret",
            "surge.security.users[0].roles=ADMIN").close());

        assertThat(refusal(failure)).hasMessageContaining("The prod profile takes bearer tokens only, but users are "
            + "configured (surge.security.users): HTTP Basic is never accepted in production.");
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
            .contains("Remove surge.security.users and configure the issuer of the bearer tokens")
            .doesNotContain("ann-secret");
    }

    @Test
    void prodProfileWithoutUsersOrIssuerDoesNotStart(CapturedOutput output) {
        Throwable failure = catchThrowable(() -> SecuredApi.start("spring.profiles.active=prod").close());

        assertThat(refusal(failure)).hasMessageContaining("no token issuer is configured");
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
            .contains("Configure the issuer of the bearer tokens with "
                + "spring.security.oauth2.resourceserver.jwt.issuer-uri (or jwk-set-uri, or public-key-location)")
            .doesNotContain("No users are configured");
    }
}
