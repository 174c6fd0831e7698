package org.surgepolicy.bootstrap.security;

import io.github.bucket4j.TimeMeter;
import jakarta.servlet.DispatcherType;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what. HTTP Basic for the users of {@code surge.security.users} (made up on the embedded default when
 * none are configured), and bearer tokens (JWT) whenever a token issuer or key is configured; the prod profile takes
 * bearer tokens only. Stateless: no session, no cookie. The rights are the {@link AccessTable}'s; requests that
 * change something are refused when a browser says another site made them ({@link CrossSiteRequests}), and failed
 * sign-ins are limited ({@link SignInThrottle}). Only a web application has any of this: a command-line run
 * ({@code --surge.job=...}) serves nothing and has no users.
 *
 * <p>A plain factory of the security's beans, which the service's configuration declares (for a web application
 * only), and the secured-API tests too, with the REST adapter and none of the rest.
 */
public final class ApiSecurity {

    /** The embedded default's database, an H2 file: the only one for which users are made up. */
    static final String EMBEDDED_DEFAULT = "jdbc:h2:file:";

    private ApiSecurity() {
    }

    public static PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * No observation of each security filter, sign-in and access decision: every request still is one (its
     * {@code http.server.requests} timer), but an observation around each of the chain's filters cost a read about a
     * sixth of its time, and nothing reads those.
     */
    public static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    public static RoleHierarchy roleHierarchy() {
        return Role.hierarchy();
    }

    public static Accounts accounts(SurgeSecurityProperties properties, Environment environment,
                                    PasswordEncoder encoder, ObjectProvider<JwtDecoder> tokens) {
        return Accounts.of(properties.users(), environment.acceptsProfiles(Profiles.of("prod")),
            tokens.getIfAvailable() != null,
            environment.getProperty("spring.datasource.url", "").startsWith(EMBEDDED_DEFAULT), encoder);
    }

    public static SecuritySetup securitySetup(Accounts accounts, ObjectProvider<JwtDecoder> tokens,
                                              SurgeSecurityProperties properties) {
        return SecuritySetup.of(accounts, tokens.getIfAvailable() != null, properties.jwt());
    }

    public static SignInThrottle signInThrottle(SurgeSecurityProperties properties) {
        return new SignInThrottle(properties.signInThrottle(), TimeMeter.SYSTEM_MILLISECONDS);
    }

    /**
     * HTTP Basic's users, verified with their encoded passwords (upgraded to a stronger encoding after a first
     * sign-in), remembered briefly once verified, and refused for a while after too many failures.
     */
    public static AuthenticationProvider basicAuthentication(Accounts accounts, PasswordEncoder encoder,
                                                             SurgeSecurityProperties properties,
                                                             SignInThrottle throttle) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(accounts.users());
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(users);
        verifier.setPasswordEncoder(encoder);
        verifier.setUserDetailsPasswordService(users);
        return new ThrottledSignIn(new RememberedCredentials(verifier, properties.rememberCredentials(),
            Clock.systemUTC(), new SecureRandom()), throttle);
    }

    /** The API's filter chain; {@code resolver} is Spring MVC's {@code handlerExceptionResolver}. */
    public static SecurityFilterChain filterChain(HttpSecurity http, Accounts accounts,
                                                  ObjectProvider<JwtDecoder> tokens,
                                                  SurgeSecurityProperties properties, RoleHierarchy hierarchy,
                                                  HandlerExceptionResolver resolver) {
        boolean bearer = tokens.getIfAvailable() != null;
        SecurityProblems problems = new SecurityProblems(resolver, accounts.any(), bearer);
        // No CSRF tokens: the cross-site check takes their place, where the CSRF filter would stand.
        http.csrf(AbstractHttpConfigurer::disable)
            .addFilterAt(new CrossSiteRequests(problems), CsrfFilter.class)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .authorizeHttpRequests(rules -> authorize(rules, hierarchy));
        if (accounts.any()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        if (bearer) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems).accessDeniedHandler(problems)
                .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenReader(properties.jwt()))));
        }
        return http.build();
    }

    /**
     * The access table's rows, in its order. What no row names (an unknown path, a method an endpoint does not
     * have) only needs a signed-in user, to be told it is not there: every endpoint has a row of its own.
     */
    private static void authorize(
        AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules,
        RoleHierarchy hierarchy) {
        // An error forwarded to /error is answered for the request that caused it, already authorised.
        rules.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll();
        ReachableRoles reachable = new ReachableRoles(hierarchy);
        for (AccessTable.Row row : AccessTable.ROWS) {
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl rule = rules.requestMatchers(row.matcher());
            if (row.open()) {
                rule.permitAll();
            } else {
                rule.access(new RoleCheck(row.roles(), reachable));
            }
        }
        rules.anyRequest().authenticated();
    }

    /** Reads the user and the roles out of a token; roles this API does not know are left out. */
    private static JwtAuthenticationConverter tokenReader(SurgeSecurityProperties.Jwt settings) {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setPrincipalClaimName(settings.usernameClaim());
        converter.setJwtGrantedAuthoritiesConverter(jwt -> roles(jwt, settings.rolesClaim()));
        return converter;
    }

    static Collection<GrantedAuthority> roles(Jwt jwt, String claim) {
        Object value = jwt.getClaims().get(claim);
        Stream<String> names = switch (value) {
            case Collection<?> list -> list.stream().map(String::valueOf);
            case String text -> Arrays.stream(text.split("[\\s,]+"));
            case null, default -> Stream.empty();
        };
        return names.map(Role::find).flatMap(Optional::stream).distinct()
            .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }
}
