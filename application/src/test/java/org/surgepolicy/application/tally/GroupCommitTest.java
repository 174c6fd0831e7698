package org.surgepolicy.application.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /** Does groups as told, remembering each, and holds the first group until released. */
    private static class Writer implements Function<List<String>, List<String>> {

        final List<List<String>> groups = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch releaseFirst = new CountDownLatch(1);

        @Override
        public List<String> apply(List<String> group) {
            groups.add(group);
            if (groups.size() == 1) {
                firstStarted.countDown();
                await(releaseFirst);
            }
            if (group.size() > 1 && group.stream().anyMatch(item -> item.startsWith("bad"))) {
                throw new IllegalStateException("a group with a bad item");
            }
            if (group.getFirst().startsWith("bad")) {
                throw new IllegalArgumentException(group.getFirst() + " fails alone too");
            }
            return group.stream().map(item -> item + " done in a group of " + group.size()).toList();
        }

        private static void await(CountDownLatch latch) {
            try {
                latch.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** Starts the callers of {@code items} once the first one's group holds the leader's turn, and waits for them. */
    private static List<Future<String>> submitWhileTheFirstIsWritten(GroupCommit<String, String> commit,
                                                                     Writer writer, ExecutorService pool,
                                                                     List<String> items) throws Exception {
        Future<String> first = pool.submit(() -> commit.submit("first"));
        writer.firstStarted.await();
        List<Future<String>> futures = new ArrayList<>();
        for (String item : items) {
            futures.add(pool.submit(() -> commit.submit(item)));
        }
        while (commit.waitingCallers() < items.size()) {
            Thread.onSpinWait();
        }
        writer.releaseFirst.countDown();
        futures.addFirst(first);
        return futures;
    }

    @Test
    void callersThatArriveWhileAGroupIsWrittenAreWrittenTogetherInTheNextGroupEachWithItsOwnAnswer() throws Exception {
        Writer writer = new Writer();
        GroupCommit<String, String> commit = new GroupCommit<>(writer, item -> 1, 100);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> answers = submitWhileTheFirstIsWritten(commit, writer, pool,
                List.of("a", "b", "c", "d", "e"));

            assertThat(answers.getFirst().get()).isEqualTo("first done in a group of 1");
            for (Future<String> answer : answers.subList(1, answers.size())) {
                assertThat(answer.get()).endsWith(" done in a group of 5");
            }
            assertThat(writer.groups).hasSize(2);
            assertThat(writer.groups.get(1)).containsExactlyInAnyOrder("a", "b", "c", "d", "e");
            assertThat(commit.groups()).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aGroupThatFailsIsWrittenAgainItemByItemSoThatOnlyTheBadItemsCallerFails() throws Exception {
        Writer writer = new Writer();
        GroupCommit<String, String> commit = new GroupCommit<>(writer, item -> 1, 100);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<String>> answers = submitWhileTheFirstIsWritten(commit, writer, pool,
                List.of("a", "bad", "c"));

            List<String> done = new ArrayList<>();
            for (Future<String> answer : answers) {
                try {
                    done.add(answer.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(IllegalArgumentException.class)
                        .hasMessage("bad fails alone too");
                    done.add("failed");
                }
            }
            assertThat(done).containsExactlyInAnyOrder("first done in a group of 1", "a done in a group of 1",
                "c done in a group of 1", "failed");
            assertThat(writer.groups).hasSize(5);
            assertThat(writer.groups.get(1)).containsExactlyInAnyOrder("a", "bad", "c");
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aFailureThatIsTheWholeGroupsReachesEveryCallerOfTheGroupAtOnceWithNoItemWrittenAgain() throws Exception {
        Writer writer = new Writer() {
            @Override
            public List<String> apply(List<String> group) {
                List<String> answers = super.apply(group);
                if (group.size() > 1) {
                    throw new IllegalStateException("the lock was not had in time");
                }
                return answers;
            }
        };
        GroupCommit<String, String> commit = new GroupCommit<>(writer, item -> 1, 100,
            failure -> failure.getMessage().contains("lock"));
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<String>> answers = submitWhileTheFirstIsWritten(commit, writer, pool,
                List.of("a", "b", "c"));

            assertThat(answers.getFirst().get()).isEqualTo("first done in a group of 1");
            for (Future<String> answer : answers.subList(1, answers.size())) {
                assertThatThrownBy(answer::get).hasCauseInstanceOf(IllegalStateException.class)
                    .cause().hasMessage("the lock was not had in time");
            }
            assertThat(writer.groups).hasSize(2);
            assertThat(writer.groups.get(1)).containsExactlyInAnyOrder("a", "b", "c");
            assertThat(commit.groups()).isEqualTo(2);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aGroupHoldsItemsUpToTheWeightAndTheRestGoInTheNextOne() throws Exception {
        Writer writer = new Writer();
        GroupCommit<String, String> commit = new GroupCommit<>(writer, String::length, 6);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<String>> answers = submitWhileTheFirstIsWritten(commit, writer, pool,
                List.of("aaa", "bbb", "ccc", "dddddddd"));
            for (Future<String> answer : answers) {
                answer.get();
            }

            assertThat(writer.groups.subList(1, writer.groups.size())).allSatisfy(group ->
                assertThat(group.size() == 1 || group.stream().mapToInt(String::length).sum() <= 6)
                    .as("group %s", group).isTrue());
            assertThat(writer.groups.stream().flatMap(List::stream).toList())
                .containsExactlyInAnyOrder("first", "aaa", "bbb", "ccc", "dddddddd");
            assertThat(writer.groups).hasSizeGreaterThanOrEqualTo(4);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theFailureOfASubmissionAloneReachesItsCallerAsThrown() {
        GroupCommit<String, String> commit = new GroupCommit<>(group -> {
            throw new IllegalArgumentException("refused");
        }, item -> 1, 100);

        assertThatThrownBy(() -> commit.submit("x")).isInstanceOf(IllegalArgumentException.class)
            .hasMessage("refused");
        assertThat(commit.groups()).isEqualTo(1);
    }

    @Test
    void theCallersOfAGroupAreAnsweredWhileTheNextGroupIsStillBeingDone() throws Exception {
        CountDownLatch secondStarted = new CountDownLatch(1);
        CountDownLatch releaseThird = new CountDownLatch(1);
        Writer writer = new Writer() {
            @Override
            public List<String> apply(List<String> group) {
                if (group.contains("late")) {
                    Writer.await(releaseThird);
                }
                List<String> answers = super.apply(group);
                if (group.contains("a")) {
                    secondStarted.countDown();
                }
                return answers;
            }
        };
        GroupCommit<String, String> commit = new GroupCommit<>(writer, item -> 1, 100);
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<String>> answers = submitWhileTheFirstIsWritten(commit, writer, pool, List.of("a", "b", "c"));
            secondStarted.await();
            Future<String> late = pool.submit(() -> commit.submit("late"));

            for (Future<String> answer : answers) {
                assertThat(answer.get(10, TimeUnit.SECONDS)).contains(" done in a group of ");
            }
            assertThat(late).isNotDone();
            releaseThird.countDown();
            assertThat(late.get(10, TimeUnit.SECONDS)).isEqualTo("late done in a group of 1");
            assertThat(writer.groups).hasSize(3);
        } finally {
            pool.shutdown();
        }
    }
}
