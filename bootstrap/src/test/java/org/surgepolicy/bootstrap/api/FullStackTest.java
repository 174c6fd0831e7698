package org.surgepolicy.bootstrap.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.surgepolicy.adapter.persistence.H2Urls;
import org.surgepolicy.bootstrap.SurgePolicyApplication;

/**
 * The whole application on a random port, on its own in-memory H2 database (PostgreSQL mode and the embedded
 * default's lock timeout, migrated by Flyway), with one user per role whose password is the role's name in lower case
 * followed by {@code -pw}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SurgePolicyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "spring.datasource.url=jdbc:h2:mem:surge-${random.uuid}" + H2Urls.SETTINGS + H2Urls.KEPT_OPEN
            + ";LOCK_TIMEOUT=60000",
        "surge.demo-data.enabled=false",
        "surge.security.users[0].username=viewer", "surge.security.users[0].password={noop}viewer-pw",
        "surge.security.users[0].roles=VIEWER",
        "surge.security.users[1].username=operator", "surge.security.users[1].password={noop}operator-pw",
        "surge.security.users[1].roles=OPERATOR",
        "surge.security.users[2].username=auditor", "surge.security.users[2].password={noop}auditor-pw",
        "surge.security.users[2].roles=AUDITOR",
        "surge.security.users[3].username=admin", "surge.security.users[3].password={noop}admin-pw",
        "surge.security.users[3].roles=ADMIN"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface FullStackTest {
}
