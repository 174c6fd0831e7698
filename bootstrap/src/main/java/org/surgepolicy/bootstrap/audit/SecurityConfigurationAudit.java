package org.surgepolicy.bootstrap.audit;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.surgepolicy.application.audit.Auditor;
import org.surgepolicy.bootstrap.security.SecuritySetup;
import org.surgepolicy.domain.audit.AuditAction;

/**
 * Appends the security configuration of this run to the audit trail once the application is ready, once per start:
 * who may sign in, how, and with which roles (never a password), so that an auditor can tell who could have done what
 * when. A command-line run has no users, and records nothing here.
 */
@Component
@ConditionalOnWebApplication
public class SecurityConfigurationAudit {

    private final SecuritySetup setup;
    private final Auditor auditor;
    private final TransactionTemplate transaction;

    public SecurityConfigurationAudit(SecuritySetup setup, Auditor auditor, PlatformTransactionManager transactions) {
        this.setup = setup;
        this.auditor = auditor;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    public void recordOnStart() {
        transaction.executeWithoutResult(status -> auditor.record(Auditor.SYSTEM, AuditAction.SECURITY_CONFIGURED, setup.mode(),
            setup.canonical(), setup.summary()));
    }
}
