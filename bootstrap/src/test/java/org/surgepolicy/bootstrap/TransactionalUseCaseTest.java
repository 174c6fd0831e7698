package org.surgepolicy.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A use case made as a plain object runs each call in the transaction its method declares, as a bean would: committed
 * when it returns, rolled back when it throws.
 */
class TransactionalUseCaseTest {

    /** An in-port of one verb. */
    interface Greet {
        String greet(String name);
    }

    /** Its service, one unit of work per call; it says whether it ran in a transaction. */
    static final class GreetService implements Greet {
        @Override
        @Transactional(readOnly = true)
        public String greet(String name) {
            if (name.isBlank()) {
                throw new IllegalArgumentException("name must not be blank");
            }
            return "hello " + name + (TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                ? " (read-only)" : "");
        }
    }

    /** Records what was asked of it. */
    private static final class RecordingTransactions implements PlatformTransactionManager {
        final List<String> calls = new ArrayList<>();

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            calls.add("begin" + (definition.isReadOnly() ? " read-only" : ""));
            TransactionSynchronizationManager.setCurrentTransactionReadOnly(definition.isReadOnly());
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
            calls.add("commit");
            TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        }

        @Override
        public void rollback(TransactionStatus status) {
            calls.add("rollback");
            TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        }
    }

    private final RecordingTransactions transactions = new RecordingTransactions();
    private final Greet greet = TransactionalUseCase.of(Greet.class, new GreetService(), transactions);

    @Test
    void aCallThatReturnsIsCommittedInTheTransactionItsMethodDeclares() {
        String greeting = greet.greet("ann");

        assertThat(greeting).isEqualTo("hello ann (read-only)");
        assertThat(transactions.calls).containsExactly("begin read-only", "commit");
    }

    @Test
    void aCallThatThrowsIsRolledBackAndItsExceptionThrownAsItWas() {
        assertThatThrownBy(() -> greet.greet(" ")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("name must not be blank");

        assertThat(transactions.calls).containsExactly("begin read-only", "rollback");
    }

    @Test
    void theUseCaseIsSeenThroughItsInPortOnly() {
        assertThat(greet).isNotInstanceOf(GreetService.class);
    }
}
