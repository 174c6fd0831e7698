package org.surgepolicy.bootstrap.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.GrantedAuthority;

/**
 * The roles a caller holds: those of its authorities and those they imply in the role hierarchy. The hierarchy reads
 * only the authorities' names, so each set of names is worked out once and remembered (a caller has a few of a few
 * roles and factors): the hierarchy's own work, with its debug message built whether or not it is logged, would
 * otherwise be repeated on every request.
 */
final class ReachableRoles {

    /** More distinct sets of names than this are worked out each time rather than remembered. */
    private static final int REMEMBERED = 256;

    private final RoleHierarchy hierarchy;
    private final Map<Set<String>, Set<Role>> remembered = new ConcurrentHashMap<>();

    ReachableRoles(RoleHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** The roles that {@code authorities} hold, directly or through the hierarchy; none for no authorities. */
    Set<Role> of(Collection<? extends GrantedAuthority> authorities) {
        Set<String> names = authorities.stream().map(GrantedAuthority::getAuthority).collect(Collectors.toSet());
        Set<Role> known = remembered.get(names);
        if (known != null) {
            return known;
        }
        Set<Role> held = EnumSet.noneOf(Role.class);
        hierarchy.getReachableGrantedAuthorities(authorities).stream()
            .map(GrantedAuthority::getAuthority).map(Role::ofAuthority).flatMap(Optional::stream).forEach(held::add);
        Set<Role> roles = Set.copyOf(held);
        if (remembered.size() < REMEMBERED) {
            remembered.put(Set.copyOf(names), roles);
        }
        return roles;
    }
}
