package org.surgepolicy.bootstrap.security;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.TestComponent;

/**
 * The API with its security and the actuator, without what lies behind the use cases: the security tests mock the
 * use cases (see {@link SecuredApiTest}), so they need no database and keep working whatever persistence the
 * application is given. Scans what the application scans for the web: the REST adapter and this package. A test
 * component, so that the tests of the whole application, whose scan reaches this package, leave it out.
 */
@TestComponent
@SpringBootApplication(scanBasePackages = {"org.surgepolicy.adapter.rest", "org.surgepolicy.bootstrap.security"},
    excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
class SecuredApiTestApplication {
}
