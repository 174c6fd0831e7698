package org.surgepolicy.securedapi;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.core.task.support.TaskExecutorAdapter;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.AsyncSupportConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.surgepolicy.bootstrap.security.Accounts;
import org.surgepolicy.bootstrap.security.ApiSecurity;
import org.surgepolicy.bootstrap.security.SecuritySetup;
import org.surgepolicy.bootstrap.security.SignInThrottle;
import org.surgepolicy.bootstrap.security.SurgeSecurityProperties;

/**
 * The API with its security and the actuator, without what lies behind the use cases: the security tests mock the
 * use cases (see {@code SecuredApiTest}), so they need no database and keep working whatever persistence the
 * application is given. Scans what the application scans for the web (the REST adapter), and declares the security's
 * beans from {@link ApiSecurity} as the service's configuration does.
 */
// Outside org.surgepolicy.bootstrap, so that the application's own scan never finds it (and its exclusion).
@SpringBootApplication(scanBasePackages = "org.surgepolicy.adapter.rest",
    excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(SurgeSecurityProperties.class)
public class SecuredApiTestApplication {

    @Bean
    PasswordEncoder passwordEncoder() {
        return ApiSecurity.passwordEncoder();
    }

    @Bean
    RoleHierarchy roleHierarchy() {
        return ApiSecurity.roleHierarchy();
    }

    @Bean
    Accounts accounts(SurgeSecurityProperties properties, Environment environment, PasswordEncoder encoder,
                      ObjectProvider<JwtDecoder> tokens) {
        return ApiSecurity.accounts(properties, environment, encoder, tokens);
    }

    @Bean
    SecuritySetup securitySetup(Accounts accounts, ObjectProvider<JwtDecoder> tokens,
                                SurgeSecurityProperties properties) {
        return ApiSecurity.securitySetup(accounts, tokens, properties);
    }

    @Bean
    SignInThrottle signInThrottle(SurgeSecurityProperties properties) {
        return ApiSecurity.signInThrottle(properties);
    }

    @Bean
    AuthenticationProvider basicAuthentication(Accounts accounts, PasswordEncoder encoder,
                                               SurgeSecurityProperties properties, SignInThrottle throttle) {
        return ApiSecurity.basicAuthentication(accounts, encoder, properties, throttle);
    }

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, Accounts accounts, ObjectProvider<JwtDecoder> tokens,
                                    SurgeSecurityProperties properties, RoleHierarchy hierarchy,
                                    @Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        return ApiSecurity.filterChain(http, accounts, tokens, properties, hierarchy, resolver);
    }

    /**
     * Streamed answers (a report, an import's rejects) are written in the request's own thread, so that when MockMvc
     * returns the answer is complete and no other thread still writes its headers while the security's filters add
     * theirs.
     */
    @Bean
    WebMvcConfigurer streamedAnswersInTheRequestsThread() {
        return new WebMvcConfigurer() {
            @Override
            public void configureAsyncSupport(AsyncSupportConfigurer configurer) {
                configurer.setTaskExecutor(new TaskExecutorAdapter(Runnable::run));
            }
        };
    }
}
