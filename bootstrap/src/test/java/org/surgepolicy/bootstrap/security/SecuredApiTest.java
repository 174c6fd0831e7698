package org.surgepolicy.bootstrap.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.surgepolicy.adapter.rest.MockedUseCases;
import org.surgepolicy.securedapi.SecuredApiTestApplication;

/** The secured API behind MockMvc, with the security filters on and every use case mocked. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SecuredApiTestApplication.class, properties = {
    SecuredApiTest.EXPOSE_ENDPOINTS, SecuredApiTest.HEALTH_PROBES, SecuredApiTest.NO_JOBS_AT_START})
@AutoConfigureMockMvc
@MockedUseCases
@interface SecuredApiTest {

    String EXPOSE_ENDPOINTS = "management.endpoints.web.exposure.include=health,info,prometheus";
    String HEALTH_PROBES = "management.endpoint.health.probes.enabled=true";
    String NO_JOBS_AT_START = "spring.batch.job.enabled=false";
}
