package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class ReachableRolesTest {

    private final ReachableRoles reachable = new ReachableRoles(Role.hierarchy());

    private static List<GrantedAuthority> authorities(String... names) {
        return Arrays.stream(names).<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    @Test
    void eachRoleHoldsItselfAndWhatItImpliesAskedInAnyOrderAndAgain() {
        for (int round = 0; round < 2; round++) {
            assertThat(reachable.of(authorities("ROLE_VIEWER"))).containsExactlyInAnyOrder(Role.VIEWER);
            assertThat(reachable.of(authorities("ROLE_OPERATOR"))).containsExactlyInAnyOrder(Role.OPERATOR,
                Role.VIEWER);
            assertThat(reachable.of(authorities("ROLE_AUDITOR"))).containsExactlyInAnyOrder(Role.AUDITOR,
                Role.VIEWER);
            assertThat(reachable.of(authorities("ROLE_ADMIN"))).containsExactlyInAnyOrder(Role.ADMIN, Role.OPERATOR,
                Role.AUDITOR, Role.VIEWER);
            assertThat(reachable.of(authorities("ROLE_OPERATOR", "ROLE_AUDITOR")))
                .containsExactlyInAnyOrder(Role.OPERATOR, Role.AUDITOR, Role.VIEWER);
        }
    }

    @Test
    void authoritiesThatAreNoRoleHoldNothingAndAddNothing() {
        assertThat(reachable.of(authorities())).isEmpty();
        assertThat(reachable.of(authorities("FACTOR_PASSWORD", "SCOPE_read"))).isEmpty();
        assertThat(reachable.of(authorities("FACTOR_PASSWORD", "ROLE_VIEWER"))).isEqualTo(Set.of(Role.VIEWER));
        assertThat(reachable.of(authorities("ROLE_VIEWER", "FACTOR_PASSWORD"))).isEqualTo(Set.of(Role.VIEWER));
    }

    @Test
    void aRememberedAnswerIsNeverAnotherSetsAnswer() {
        for (int i = 0; i < 300; i++) {
            assertThat(reachable.of(authorities("ROLE_VIEWER", "FACTOR_" + i))).isEqualTo(Set.of(Role.VIEWER));
            assertThat(reachable.of(authorities("ROLE_AUDITOR", "FACTOR_" + i)))
                .isEqualTo(Set.of(Role.AUDITOR, Role.VIEWER));
        }
    }
}
