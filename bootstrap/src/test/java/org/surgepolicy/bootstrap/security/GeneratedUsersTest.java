package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** With no users configured and outside production, one user per role is made up and printed once at start-up. */
@ExtendWith(OutputCaptureExtension.class)
class GeneratedUsersTest {

    private static final Pattern CREDENTIALS =
        Pattern.compile("^ {4}(\\w+) +(\\S+) {3}(VIEWER|OPERATOR|AUDITOR|ADMIN)$", Pattern.MULTILINE);

    @Test
    void oneUserPerRoleIsPrintedOnceAndSignsInWithItsRole(CapturedOutput output) throws Exception {
        try (SecuredApi api = SecuredApi.start()) {
            Map<String, String> passwords = new HashMap<>();
            Matcher line = CREDENTIALS.matcher(output.getOut());
            while (line.find()) {
                assertThat(line.group(1)).isEqualTo(line.group(3).toLowerCase());
                passwords.put(line.group(1), line.group(2));
            }

            assertThat(passwords).containsOnlyKeys("viewer", "operator", "auditor", "admin");
            assertThat(passwords.values()).allSatisfy(p -> assertThat(p).hasSize(24)).doesNotHaveDuplicates();
            assertThat(output.getOut()).containsOnlyOnce("No users are configured (surge.security.users)");
            assertThat(api.get("/api/v1/policies", "viewer", passwords.get("viewer")).statusCode()).isEqualTo(200);
            assertThat(api.get("/api/v1/policies/p/restatements", "viewer", passwords.get("viewer")).statusCode())
                .isEqualTo(403);
            assertThat(api.get("/api/v1/tallies?date=2024-08-01", "auditor", passwords.get("auditor")).statusCode())
                .isEqualTo(200);
            assertThat(api.get("/api/v1/policies", "viewer", passwords.get("admin")).statusCode()).isEqualTo(401);
        }
    }

    /** Set the way the README shows: as SPRING_APPLICATION_JSON, here through its property. */
    @Test
    void configuredUsersReplaceTheMadeUpOnes(CapturedOutput output) throws Exception {
        try (SecuredApi api = SecuredApi.start("spring.application.json={\"surge\": {\"security\": {\"users\": ["
            + "{\"username\": \"ann\", \"password\": \"{noop}ann-secret\", \"roles\": [\"viewer\"]}]}}}")) {

            assertThat(output.getOut()).doesNotContain("No users are configured");
            assertThat(api.get("/api/v1/policies", "ann", "ann-secret").statusCode()).isEqualTo(200);
        }
    }
}
