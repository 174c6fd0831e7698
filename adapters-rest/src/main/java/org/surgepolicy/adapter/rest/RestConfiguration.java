package org.surgepolicy.adapter.rest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.surgepolicy.adapter.rest.error.RequestSizeLimitFilter;
import tools.jackson.databind.DeserializationFeature;

/** The REST adapter's settings, its request size limit and how it reads JSON. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RestProperties.class)
public class RestConfiguration {

    /**
     * Before everything else, security included, but the filter that gives the request its id (at the highest
     * precedence): an oversized body is refused without reading it, with a problem that names the request. Only in a
     * web application (a command-line run serves nothing).
     */
    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
        RestProperties properties, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
            new FilterRegistrationBean<>(new RequestSizeLimitFilter(request -> request.getRequestURI()
                .startsWith(RestProperties.IMPORTS) ? properties.maxImportSize() : properties.maxRequestSize(),
                problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** A count of 412.5 is an error, not 412: Jackson would otherwise drop the fraction without a word. */
    @Bean
    JsonMapperBuilderCustomizer rejectFractionsForWholeNumbers() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }
}
