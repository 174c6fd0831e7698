package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class JwtRolesTest {

    private static List<String> roles(Map<String, Object> claims, String claim) {
        Jwt jwt = new Jwt("token", Instant.EPOCH, Instant.EPOCH.plusSeconds(60), Map.of("alg", "RS256"), claims);
        return ApiSecurity.roles(jwt, claim).stream().map(GrantedAuthority::getAuthority).toList();
    }

    @Test
    void rolesAreReadFromAListClaimLeavingOutThoseTheApiDoesNotKnow() {
        assertThat(roles(Map.of("sub", "ann", "roles", List.of("viewer", "offline_access", "ROLE_ADMIN")), "roles"))
            .containsExactly("ROLE_VIEWER", "ROLE_ADMIN");
    }

    @Test
    void rolesAreReadFromAStringClaimSeparatedBySpacesOrCommas() {
        assertThat(roles(Map.of("sub", "ann", "groups", "AUDITOR operator,viewer"), "groups"))
            .containsExactly("ROLE_AUDITOR", "ROLE_OPERATOR", "ROLE_VIEWER");
    }

    @Test
    void tokenWithoutTheClaimHasNoRole() {
        assertThat(roles(Map.of("sub", "ann", "scope", "openid"), "roles")).isEmpty();
    }
}
