package org.surgepolicy.adapter.persistence;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Guards the writes that are only correct as one unit of work with the caller's other writes. */
public final class Transactions {

    private Transactions() {
    }

    /**
     * Refuses to run {@code operation} outside a transaction: its statements lock and then change several tables,
     * which in auto-commit would release the lock after the first statement and could leave half a change behind.
     */
    public static void requireActive(String operation) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException(operation + " must run inside a transaction"
                + " (a @Transactional use case, or a TransactionTemplate on the same DataSource)");
        }
    }
}
