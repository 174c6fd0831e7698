package org.surgepolicy.bootstrap.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;

/**
 * The roles of the API. OPERATOR and AUDITOR may each do all that VIEWER may, ADMIN all that anyone may; which
 * requests need which role is written in the {@link AccessTable}.
 */
public enum Role {
    VIEWER,
    OPERATOR,
    AUDITOR,
    ADMIN;

    private static final String PREFIX = "ROLE_";

    /** The granted authority that stands for this role. */
    public String authority() {
        return PREFIX + name();
    }

    /** The role with this name, in any case and with or without the {@code ROLE_} prefix. */
    public static Optional<Role> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String bare = name.strip().toUpperCase(Locale.ROOT);
        String plain = bare.startsWith(PREFIX) ? bare.substring(PREFIX.length()) : bare;
        return Arrays.stream(values()).filter(r -> r.name().equals(plain)).findFirst();
    }

    /** The role a granted authority stands for, when it is one: exactly as {@link #authority()} writes it. */
    static Optional<Role> ofAuthority(String authority) {
        return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst();
    }

    /** The role names, for messages: "VIEWER, OPERATOR, AUDITOR, ADMIN". */
    public static String names() {
        return Arrays.stream(values()).map(Role::name).collect(Collectors.joining(", "));
    }

    /** Who may do what another may. */
    static RoleHierarchy hierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
            .role(ADMIN.name()).implies(OPERATOR.name(), AUDITOR.name())
            .role(OPERATOR.name()).implies(VIEWER.name())
            .role(AUDITOR.name()).implies(VIEWER.name())
            .build();
    }
}
