package org.surgepolicy.bootstrap.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.surgepolicy.bootstrap.SurgePolicyApplication;

/**
 * The whole application on a random port, on a fresh in-memory H2 of its own (a subclass may name another database),
 * with one user per role ({@link ApiClient#password}), no demonstration data, and the clock fixed at
 * {@link FixedClock#NOW}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = SurgePolicyApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
        "spring.datasource.url=jdbc:h2:mem:surge-${random.uuid};MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "surge.demo-data.enabled=false", "spring.batch.job.enabled=false",
        "surge.security.users[0].username=viewer", "surge.security.users[0].password={noop}viewer-secret",
        "surge.security.users[0].roles=VIEWER",
        "surge.security.users[1].username=operator", "surge.security.users[1].password={noop}operator-secret",
        "surge.security.users[1].roles=OPERATOR",
        "surge.security.users[2].username=auditor", "surge.security.users[2].password={noop}auditor-secret",
        "surge.security.users[2].roles=AUDITOR",
        "surge.security.users[3].username=admin", "surge.security.users[3].password={noop}admin-secret",
        "surge.security.users[3].roles=ADMIN"})
@Import(FixedClock.class)
public @interface FullApplicationTest {
}
