package org.surgepolicy.bootstrap.batch;

import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.surgepolicy.application.port.in.StartRecomputationUseCase;

/**
 * The scheduled jobs, guarded by ShedLock (its lock provider lives with the persistence adapter). Off with
 * {@code surge.jobs.scheduling.enabled=false}, as in a command-line run.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT3H")
@ConditionalOnProperty(name = "surge.jobs.scheduling.enabled", havingValue = "true", matchIfMissing = true)
public class SchedulingConfiguration {

    @Bean
    NightlyRecomputation nightlyRecomputation(StartRecomputationUseCase recomputation) {
        return new NightlyRecomputation(recomputation);
    }
}
