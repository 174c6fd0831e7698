package org.surgepolicy.securedapi;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The API with its security and the actuator, without what lies behind the use cases: the security tests mock the
 * use cases (see {@link SecuredApiTest}), so they need no database and keep working whatever persistence the
 * application is given. Scans what the application scans for the web: the REST adapter and this package.
 */
// Outside org.surgepolicy.bootstrap, so that the application's own scan never finds it (and its exclusion).
@SpringBootApplication(scanBasePackages = {"org.surgepolicy.adapter.rest", "org.surgepolicy.bootstrap.security"},
    excludeName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
public class SecuredApiTestApplication {
}
