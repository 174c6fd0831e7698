package org.surgepolicy.adapter.rest;

import io.swagger.v3.oas.models.OpenAPI;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.ParameterCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.surgepolicy.adapter.rest.knownat.KnownAtResolver;
import org.surgepolicy.adapter.rest.openapi.OpenApiDocument;
import org.surgepolicy.adapter.rest.web.FormBodyFilter;
import org.surgepolicy.adapter.rest.web.RequestIdFilter;
import org.surgepolicy.adapter.rest.web.RequestSizeLimitFilter;
import tools.jackson.databind.DeserializationFeature;

/**
 * The REST adapter's settings, its filters (the request's id, the limits on request bodies), how it reads JSON and
 * {@code knownAt}, and its OpenAPI document. Its filters exist only in a web application: a command-line run serves
 * nothing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RestProperties.class)
public class RestConfiguration {

    /**
     * What every log line of a request carries: its id, set ahead of every other filter (the size limit and security
     * included), so that a refused request's problem names it too. The format of the lines (plain or JSON) is
     * configuration: see application.yml and the {@code json-logs} profile.
     */
    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /**
     * Before everything else, security included, but the filter that gives the request its id (at the highest
     * precedence): an oversized body is refused without reading it, with a problem that names the request.
     */
    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
        RestProperties properties, @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
            new FilterRegistrationBean<>(new RequestSizeLimitFilter(request -> isUpload(request)
                ? properties.importLimit() : properties.requestLimit(), problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * At the default order, after the security filters: a caller without the right to the endpoint is told so (401,
     * 403) before being told what is wrong with the body.
     */
    @Bean
    @ConditionalOnWebApplication
    FilterRegistrationBean<FormBodyFilter> formBodyFilter(
        @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
        return new FilterRegistrationBean<>(new FormBodyFilter(RestConfiguration::isUpload,
            HttpMethod.POST + " " + RestProperties.IMPORTS, problems));
    }

    /**
     * The container's own limits on a multipart upload are the import's, so that a multipart body, which the
     * container parses itself, is held to the same limit as a plain one, chunked or not. Where it is written while it
     * arrives stays Spring Boot's ({@code spring.servlet.multipart.location} and {@code .file-size-threshold}).
     */
    @Bean
    MultipartConfigElement multipartConfigElement(RestProperties properties,
                                                  ObjectProvider<MultipartProperties> standard) {
        MultipartProperties spooling = standard.getIfAvailable(MultipartProperties::new);
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setLocation(spooling.getLocation());
        factory.setFileSizeThreshold(spooling.getFileSizeThreshold());
        factory.setMaxFileSize(properties.maxImportSize());
        factory.setMaxRequestSize(properties.maxImportSize());
        return factory.createMultipartConfig();
    }

    /** {@code knownAt} from the query string alone, and never after now by the application's clock. */
    @Bean
    WebMvcConfigurer knownAtFromTheQuery(ObjectProvider<Clock> clock) {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new KnownAtResolver(clock.getIfAvailable(Clock::systemUTC)));
            }
        };
    }

    /** A count of 412.5 is an error, not 412: Jackson would otherwise drop the fraction without a word. */
    @Bean
    JsonMapperBuilderCustomizer rejectFractionsForWholeNumbers() {
        return builder -> builder.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
    }

    @Bean
    OpenAPI surgePolicyOpenApi() {
        return OpenApiDocument.description();
    }

    @Bean
    ParameterCustomizer knownAtIsOptional() {
        return OpenApiDocument.knownAtIsOptional();
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return OpenApiDocument.problemResponses();
    }

    /** Whether the request uploads a file to import: the one endpoint with the larger limit, and multipart. */
    static boolean isUpload(HttpServletRequest request) {
        return HttpMethod.POST.matches(request.getMethod())
            && RestProperties.IMPORTS.equals(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
