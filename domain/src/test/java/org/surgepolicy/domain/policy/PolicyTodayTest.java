package org.surgepolicy.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.surgepolicy.domain.fixtures.PolicyFixtures;

class PolicyTodayTest {

    /** 02:00 UTC on July 20: still July 19 in New York, already July 20 in Tokyo. */
    private static final Instant NOW = Instant.parse("2024-07-20T02:00:00Z");

    @Test
    void todayIsTheDayInThePolicysZone() {
        assertThat(PolicyFixtures.aPolicy().build().today(NOW)).isEqualTo(LocalDate.of(2024, 7, 19));
    }

    @Test
    void theLatestTodayIsThatOfTheZoneFurthestAhead() {
        PolicyDefinition newYork = PolicyFixtures.aPolicy().withId("new-york").build();
        PolicyDefinition tokyo = PolicyFixtures.aPolicy().withId("tokyo").inZone(ZoneId.of("Asia/Tokyo")).build();

        assertThat(PolicyDefinition.latestToday(List.of(newYork, tokyo), NOW)).isEqualTo(LocalDate.of(2024, 7, 20));
        assertThat(PolicyDefinition.latestToday(List.of(newYork), NOW)).isEqualTo(LocalDate.of(2024, 7, 19));
    }

    @Test
    void withoutPoliciesTheLatestTodayIsUtcs() {
        assertThat(PolicyDefinition.latestToday(List.of(), Instant.parse("2024-07-19T23:59:00Z")))
            .isEqualTo(LocalDate.of(2024, 7, 19));
    }
}
