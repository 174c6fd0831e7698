package org.surgepolicy.bootstrap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The Surge Policy Engine. Components are scanned in this module and in the adapters only; the use cases are created
 * explicitly in {@link UseCaseConfiguration}.
 */
@SpringBootApplication(scanBasePackages = {"org.surgepolicy.bootstrap", "org.surgepolicy.adapter"})
public class SurgePolicyApplication {

    public static void main(String[] args) {
        SpringApplication.run(SurgePolicyApplication.class, args);
    }
}
