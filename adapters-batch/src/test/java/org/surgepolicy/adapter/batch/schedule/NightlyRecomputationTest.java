package org.surgepolicy.adapter.batch.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.scheduling.support.SimpleTriggerContext;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.jobs.port.in.JobRun;
import org.surgepolicy.application.jobs.port.in.StartRecomputationUseCase;

class NightlyRecomputationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T07:30:00Z"), ZoneOffset.UTC);
    private final List<LockConfiguration> locksAsked = new ArrayList<>();
    private final AtomicInteger started = new AtomicInteger();
    private boolean lockFree = true;

    private final LockProvider locks = configuration -> {
        locksAsked.add(configuration);
        return lockFree ? Optional.of(() -> { }) : Optional.empty();
    };
    private final StartRecomputationUseCase recomputation = command -> {
        started.incrementAndGet();
        assertThat(command.requestedBy()).isEqualTo("scheduler");
        assertThat(command.toTheEnd()).isTrue();
        return new Outcome.Done<>(new JobRun(1, "recomputeJob", JobRun.RunStatus.COMPLETED,
            "COMPLETED", null, clock.instant(), clock.instant(), "scheduler", List.of(), List.of(), List.of()));
    };

    private NightlyRecomputation schedule(String cron) {
        return new NightlyRecomputation(recomputation, locks, clock, cron, NEW_YORK, Duration.ofMinutes(5));
    }

    @Test
    void theCronRunsInThePolicysZone() {
        ScheduledTaskRegistrar tasks = new ScheduledTaskRegistrar();

        schedule("0 30 2 * * *").configureTasks(tasks);

        assertThat(tasks.getCronTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getExpression()).isEqualTo("0 30 2 * * *");
            // 02:30 in New York (EST) is 07:30 UTC: the day after the clock's instant, not at 02:30 UTC.
            assertThat(task.getTrigger().nextExecution(new SimpleTriggerContext(clock)))
                .isEqualTo(Instant.parse("2025-03-02T07:30:00Z"));
        });
    }

    @Test
    void aDashSwitchesTheScheduleOff() {
        ScheduledTaskRegistrar tasks = new ScheduledTaskRegistrar();

        schedule("-").configureTasks(tasks);

        assertThat(tasks.getCronTaskList()).isEmpty();
    }

    @Test
    void aRunTakesTheSchedulesLockHeldAtLeastAsConfigured() {
        schedule("-").run();

        assertThat(started).hasValue(1);
        assertThat(locksAsked).singleElement().satisfies(lock -> {
            assertThat(lock.getName()).isEqualTo(NightlyRecomputation.LOCK);
            assertThat(lock.getLockAtLeastFor()).isEqualTo(Duration.ofMinutes(5));
            assertThat(lock.getLockAtMostFor()).isEqualTo(Duration.ofMinutes(10));
        });
    }

    @Test
    void aNodeThatFindsTheLockTakenDoesNotRun() {
        lockFree = false;

        schedule("-").run();

        assertThat(started).hasValue(0);
    }
}
