package org.surgepolicy.application.tally;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;

/**
 * Lets concurrent callers share one unit of work. Each caller queues its item and takes the leader's turn; the leader
 * takes every item queued so far (up to a weight) and does them together, so that while one group is being written
 * the next one gathers, and a caller whose item an earlier leader took finds its answer when its turn comes. When a
 * group fails, each of its items is done again alone: one bad item fails only its own caller. A failure that is the
 * whole group's (as the caller's predicate says) fails every caller of the group at once.
 *
 * @param <T> what a caller hands in
 * @param <R> what each caller gets back
 */
final class GroupCommit<T, R> {

    /** One caller's item, and its answer once a leader has done it. */
    private static final class Waiting<T, R> {

        private final T item;
        private final Thread owner;
        private volatile R result;
        private volatile Throwable failure;
        private volatile boolean done;
        private volatile boolean alone;

        Waiting(T item, Thread owner) {
            this.item = item;
            this.owner = owner;
        }

        void succeed(R answer) {
            result = answer;
            done = true;
        }

        void fail(Throwable cause) {
            failure = cause;
            done = true;
        }

        void retryAlone() {
            alone = true;
            done = true;
        }

        R answer() {
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            if (failure instanceof Error e) {
                throw e;
            }
            if (failure != null) {
                throw new IllegalStateException(failure);
            }
            return result;
        }
    }

    private final Function<List<T>, List<R>> together;
    private final ToIntFunction<T> weight;
    private final int maxWeight;
    private final Predicate<Throwable> everyones;
    private final Queue<Waiting<T, R>> queued = new ConcurrentLinkedQueue<>();
    private final ReentrantLock leading = new ReentrantLock();
    private final LongAdder groups = new LongAdder();

    /**
     * @param together  does a group of items in one unit of work and answers for each, in the group's order; it either
     *                  does all of them or none
     * @param weight    an item's weight; a group holds items up to {@code maxWeight} in all (and at least one)
     */
    GroupCommit(Function<List<T>, List<R>> together, ToIntFunction<T> weight, int maxWeight) {
        this(together, weight, maxWeight, failure -> false);
    }

    /**
     * @param everyones a failure that is the whole group's rather than one item's (nothing to do with what the items
     *                  hold), which every caller of the group gets at once instead of doing its item again alone
     */
    GroupCommit(Function<List<T>, List<R>> together, ToIntFunction<T> weight, int maxWeight,
                Predicate<Throwable> everyones) {
        this.together = together;
        this.weight = weight;
        this.maxWeight = maxWeight;
        this.everyones = everyones;
    }

    /**
     * Does {@code item}, most likely together with others, and returns its answer (or throws its failure). A caller
     * leads when no group is being done; otherwise it waits, and is woken either by the leader of the group that did
     * its item, or by a leader that finished while its item was still queued, to lead the next group itself. A
     * caller whose item is done therefore answers as soon as its group is, without waiting for the next one.
     */
    R submit(T item) {
        Waiting<T, R> mine = new Waiting<>(item, Thread.currentThread());
        queued.add(mine);
        while (!mine.done) {
            if (leading.tryLock()) {
                try {
                    if (!mine.done) {
                        run(take());
                    }
                } finally {
                    leading.unlock();
                }
                Waiting<T, R> next = queued.peek();
                if (next != null) {
                    LockSupport.unpark(next.owner);
                }
            } else {
                LockSupport.park(this);
            }
        }
        if (mine.alone) {
            Waiting<T, R> retried = new Waiting<>(item, Thread.currentThread());
            run(List.of(retried));
            return retried.answer();
        }
        return mine.answer();
    }

    /** How many groups were done (a group retried item by item counts once per try). */
    long groups() {
        return groups.sum();
    }

    /** How many callers have queued an item that no group has taken yet. */
    int waitingCallers() {
        return queued.size();
    }

    private List<Waiting<T, R>> take() {
        List<Waiting<T, R>> group = new ArrayList<>();
        int taken = 0;
        for (Waiting<T, R> next = queued.peek(); next != null; next = queued.peek()) {
            int w = weight.applyAsInt(next.item);
            if (!group.isEmpty() && taken + w > maxWeight) {
                break;
            }
            group.add(queued.poll());
            taken += w;
        }
        return group;
    }

    private void run(List<Waiting<T, R>> group) {
        groups.increment();
        List<R> answers;
        try {
            answers = together.apply(group.stream().map(w -> w.item).toList());
        } catch (Throwable failure) {
            if (group.size() == 1 || everyones.test(failure)) {
                group.forEach(waiting -> waiting.fail(failure));
            } else {
                group.forEach(Waiting::retryAlone);
            }
            wake(group);
            return;
        }
        for (int i = 0; i < group.size(); i++) {
            group.get(i).succeed(answers.get(i));
        }
        wake(group);
    }

    /** Wakes the callers of a group that is done (the leader's own thread is not waiting). */
    private static <T, R> void wake(List<Waiting<T, R>> group) {
        Thread leader = Thread.currentThread();
        for (Waiting<T, R> waiting : group) {
            if (waiting.owner != leader) {
                LockSupport.unpark(waiting.owner);
            }
        }
    }
}
