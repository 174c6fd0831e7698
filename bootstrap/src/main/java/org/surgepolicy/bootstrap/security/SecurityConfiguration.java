package org.surgepolicy.bootstrap.security;

import jakarta.servlet.DispatcherType;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Who may call what. HTTP Basic for the users of {@code surge.security.users} (outside production, made up when none
 * are configured), and bearer tokens (JWT) whenever a token issuer or key is configured, as the prod profile expects.
 * Stateless, so without sessions or CSRF tokens.
 *
 * <p>The rights, from docs/api.md: VIEWER reads policies, status, timelines, determinations and overrides, and runs
 * simulations and sweeps; OPERATOR also submits and reads tallies and runs and reads imports; AUDITOR also asks any
 * question with {@code knownAt}, reads tallies, restatements, the audit log, reconciliation and
 * {@code /actuator/prometheus} and the nightly reports; ADMIN may do everything, and alone records overrides and
 * triggers and follows jobs. The reference data (the codes the API accepts) is VIEWER's. Listing the
 * overrides is VIEWER's: they are part of the status every viewer sees, as is the dashboard at {@code /} (its page
 * and scripts). {@code /actuator/health/**} is open; any
 * other actuator endpoint is ADMIN's; everything else needs a signed-in user. Only a web application has any of this:
 * a command-line run ({@code --surge.job=...}) serves nothing and has no users.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableConfigurationProperties(SurgeSecurityProperties.class)
public class SecurityConfiguration {

    private static final String POLICY = "/api/v1/policies/*";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return Role.hierarchy();
    }

    @Bean
    Accounts accounts(SurgeSecurityProperties properties, Environment environment, PasswordEncoder encoder,
                      ObjectProvider<JwtDecoder> tokens) {
        return Accounts.of(properties.users(), environment.acceptsProfiles(Profiles.of("prod")),
            tokens.getIfAvailable() != null, encoder);
    }

    @Bean
    SecuritySetup securitySetup(Accounts accounts, ObjectProvider<JwtDecoder> tokens,
                                SurgeSecurityProperties properties) {
        return SecuritySetup.of(accounts, tokens.getIfAvailable() != null, properties.jwt());
    }

    /**
     * HTTP Basic's users, verified with their encoded passwords (upgraded to a stronger encoding after a first
     * sign-in), and remembered briefly once verified.
     */
    @Bean
    AuthenticationProvider basicAuthentication(Accounts accounts, PasswordEncoder encoder,
                                               SurgeSecurityProperties properties) {
        InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(accounts.users());
        DaoAuthenticationProvider verifier = new DaoAuthenticationProvider(users);
        verifier.setPasswordEncoder(encoder);
        verifier.setUserDetailsPasswordService(users);
        return new RememberedCredentials(verifier, properties.rememberCredentials(), Clock.systemUTC(),
            new SecureRandom());
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, Accounts accounts, ObjectProvider<JwtDecoder> tokens,
                                    SurgeSecurityProperties properties,
                                    @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        boolean bearer = tokens.getIfAvailable() != null;
        SecurityProblems problems = new SecurityProblems(resolver, accounts.any(), bearer);
        http.csrf(AbstractHttpConfigurer::disable)
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .requestCache(AbstractHttpConfigurer::disable)
            .formLogin(AbstractHttpConfigurer::disable)
            .logout(AbstractHttpConfigurer::disable)
            .exceptionHandling(handling -> handling.authenticationEntryPoint(problems).accessDeniedHandler(problems))
            .authorizeHttpRequests(SecurityConfiguration::authorize);
        if (accounts.any()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(problems));
        }
        if (bearer) {
            http.oauth2ResourceServer(server -> server.authenticationEntryPoint(problems).accessDeniedHandler(problems)
                .jwt(jwt -> jwt.jwtAuthenticationConverter(tokenReader(properties.jwt()))));
        }
        return http.build();
    }

    /** The first rule that matches a request decides: the narrower ones come first. */
    private static void authorize(
        AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            // An error forwarded to /error is answered for the request that caused it, already authorised.
            .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
            .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
            .requestMatchers(new KnownAtQuery()).hasRole(Role.AUDITOR.name())
            .requestMatchers("/actuator/prometheus").hasRole(Role.AUDITOR.name())
            .requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
            .requestMatchers("/api/v1/audit/**", "/api/v1/reconciliation/**", POLICY + "/restatements",
                "/api/v1/reports", "/api/v1/reports/**")
            .hasRole(Role.AUDITOR.name())
            .requestMatchers("/api/v1/jobs/**").hasRole(Role.ADMIN.name())
            .requestMatchers(HttpMethod.POST, POLICY + "/overrides").hasRole(Role.ADMIN.name())
            .requestMatchers("/api/v1/imports/**").hasRole(Role.OPERATOR.name())
            .requestMatchers(HttpMethod.POST, "/api/v1/tallies").hasRole(Role.OPERATOR.name())
            .requestMatchers(HttpMethod.GET, "/api/v1/tallies").hasAnyRole(Role.OPERATOR.name(), Role.AUDITOR.name())
            .requestMatchers(HttpMethod.POST, POLICY + "/simulations", POLICY + "/sweeps").hasRole(Role.VIEWER.name())
            .requestMatchers(HttpMethod.GET, "/api/v1/policies", "/api/v1/policies/**", "/api/v1/reference")
            .hasRole(Role.VIEWER.name())
            .requestMatchers(HttpMethod.GET, "/", "/index.html", "/dashboard/**", "/webjars/**")
            .hasRole(Role.VIEWER.name())
            .anyRequest().authenticated();
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
