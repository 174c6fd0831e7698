package org.surgepolicy.bootstrap.logging;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What every log line of a request carries: its id, set ahead of every other filter (the size limit and security
 * included), so that a refused request's problem names it too. The format of the lines (plain or JSON) is
 * configuration: see application.yml and the {@code json-logs} profile.
 */
@Configuration(proxyBeanMethods = false)
public class LoggingConfiguration {

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
