package org.surgepolicy.application.archfixture;

import org.springframework.context.ApplicationContext;

/** Deliberately wrong: a use case that reaches for Spring beyond @Transactional (for the architecture rules' test). */
public class ApplicationClassUsingSpringContext {

    public Object lookUp(ApplicationContext context) {
        return context.getBean("ledger");
    }
}
