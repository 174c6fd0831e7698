package org.surgepolicy.adapter.persistence.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

class ChangeWatchTest {

    private final ChangeWatch watch = new ChangeWatch();
    private final AtomicInteger reads = new AtomicInteger();
    private final Supplier<Integer> read = reads::incrementAndGet;

    /** Transactions with their synchronizations, and no resource behind them. */
    private static final class Transactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    private static TransactionTemplate transaction(boolean readOnly) {
        TransactionTemplate template = new TransactionTemplate(new Transactions());
        template.setReadOnly(readOnly);
        return template;
    }

    @Test
    void withoutNotificationsEveryReadGoesToTheDatabase() {
        assertThat(watch.isLive()).isFalse();

        assertThat(watch.current("k", read)).isEqualTo(1);
        assertThat(watch.current("k", read)).isEqualTo(2);
    }

    @Test
    void whileListeningAReadIsKeptUntilSomethingChanges() {
        watch.listening();

        assertThat(watch.current("k", read)).isEqualTo(1);
        assertThat(watch.current("k", read)).isEqualTo(1);
        assertThat(watch.current("other", read)).isEqualTo(2);
        watch.changed();
        assertThat(watch.current("k", read)).isEqualTo(3);
        assertThat(watch.current("k", read)).isEqualTo(3);
        assertThat(watch.current("other", read)).isEqualTo(4);
    }

    @Test
    void aReadDuringWhichSomethingChangedIsNotServedAfterIt() {
        watch.listening();

        assertThat(watch.current("k", () -> {
            watch.changed();
            return 0;
        })).isZero();
        assertThat(watch.current("k", read)).isEqualTo(1);
        assertThat(watch.current("k", read)).isEqualTo(1);
    }

    @Test
    void losingTheNotificationsStopsKeepingAndListeningAgainReadsAfresh() {
        watch.listening();
        watch.current("k", read);

        watch.lost();
        assertThat(watch.isLive()).isFalse();
        assertThat(watch.current("k", read)).isEqualTo(2);
        assertThat(watch.current("k", read)).isEqualTo(3);

        watch.listening();
        assertThat(watch.current("k", read)).isEqualTo(4);
        assertThat(watch.current("k", read)).isEqualTo(4);
    }

    @Test
    void aWritingTransactionAlwaysReadsTheDatabaseAndAReadingOneMayKeep() {
        watch.listening();
        watch.current("k", read);

        Integer writing = transaction(false).execute(status -> watch.current("k", read));
        Integer reading = transaction(true).execute(status -> watch.current("k", read));
        assertThat(writing).isEqualTo(2);
        assertThat(reading).isEqualTo(1);
    }

    @Test
    void aWritersChangeIsSeenOnceItsTransactionEndsWhetherItCommitsOrRollsBack() {
        watch.listening();
        watch.current("k", read);

        transaction(false).executeWithoutResult(status -> {
            watch.versionChanged();
            assertThat(watch.generation()).isEqualTo(1);
        });
        assertThat(watch.generation()).isEqualTo(2);
        assertThat(watch.current("k", read)).isEqualTo(2);

        transaction(false).executeWithoutResult(status -> {
            watch.versionChanged();
            status.setRollbackOnly();
        });
        assertThat(watch.current("k", read)).isEqualTo(3);

        watch.versionChanged();
        assertThat(watch.current("k", read)).isEqualTo(4);
    }
}
