package org.surgepolicy.application.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.surgepolicy.domain.fixtures.PolicyFixtures.securingTheBorder;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.surgepolicy.application.fakes.InMemoryApplication;

class ListOverridesServiceTest {

    private static final Instant NOW = Instant.parse("2024-07-03T16:00:00Z");

    private final InMemoryApplication app = new InMemoryApplication(NOW, securingTheBorder());

    @Test
    void anUnknownPolicyIsNotFound() {
        assertThat(app.listOverrides().overrides("no-such-policy").toOptional()).isEmpty();
    }
}
