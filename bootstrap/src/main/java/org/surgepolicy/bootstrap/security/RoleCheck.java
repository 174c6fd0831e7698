package org.surgepolicy.bootstrap.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.surgepolicy.adapter.rest.knownat.KnownAt;
import org.surgepolicy.adapter.rest.knownat.QueryParameters;

/**
 * Decides one row of the {@link AccessTable}: the caller holds one of the row's roles (or a role that implies one),
 * and, when the query asks {@code knownAt}, AUDITOR as well. A refusal says which role was missing.
 */
final class RoleCheck implements AuthorizationManager<RequestAuthorizationContext> {

    /** A refusal that names the role the request needed, for the 403 problem. */
    static final class Refusal extends AuthorizationDecision {

        private final List<Role> needed;
        private final boolean knownAt;

        Refusal(Set<Role> needed, boolean knownAt) {
            super(false);
            this.needed = needed.stream().sorted().toList();
            this.knownAt = knownAt;
        }

        /** Any one of these roles would have done. */
        List<Role> needed() {
            return needed;
        }

        /** Whether the role was missing for {@code knownAt}, the endpoint's own role being held. */
        boolean knownAt() {
            return knownAt;
        }
    }

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

    private final Set<Role> roles;
    private final ReachableRoles reachable;

    RoleCheck(Set<Role> roles, ReachableRoles reachable) {
        this.roles = EnumSet.copyOf(roles);
        this.reachable = reachable;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> who, RequestAuthorizationContext context) {
        Set<Role> held = held(who.get());
        if (roles.stream().noneMatch(held::contains)) {
            return new Refusal(roles, false);
        }
        if (!held.contains(Role.AUDITOR) && QueryParameters.has(context.getRequest(), KnownAt.NAME)) {
            return new Refusal(Set.of(Role.AUDITOR), true);
        }
        return GRANTED;
    }

    private Set<Role> held(Authentication authentication) {
        return authentication == null ? Set.of() : reachable.of(authentication.getAuthorities());
    }
}
