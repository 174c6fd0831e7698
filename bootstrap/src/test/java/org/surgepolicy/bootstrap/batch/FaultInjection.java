package org.surgepolicy.bootstrap.batch;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
import org.springframework.batch.core.job.parameters.JobParametersValidator;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.surgepolicy.application.imports.port.out.ImportStaging;

/**
 * Faults for the import job's tests, at the staging of a chunk: a failure after the chunk's rows were written (so
 * that the chunk's transaction must roll them back), or a wait (so that an import stays running); and at the launch
 * of the import job: a launch refused before any job execution is made. It also notes the imports whose staged rows
 * were looked at for repeated keys.
 */
@TestConfiguration(proxyBeanMethods = false)
class FaultInjection {

    /** The staging call that fails: 3 fails the third chunk; 0 fails none. */
    static final AtomicInteger FAIL_AT_STAGE = new AtomicInteger();
    private static final AtomicInteger STAGED = new AtomicInteger();
    private static volatile CountDownLatch hold;
    private static final AtomicInteger FAILING_LAUNCHES = new AtomicInteger();
    private static final Set<Long> LOOKED_FOR_REPEATED_KEYS = ConcurrentHashMap.newKeySet();

    /** Whether the publish of an import looked at its staged rows for repeated keys. */
    static boolean lookedForRepeatedKeys(long importId) {
        return LOOKED_FOR_REPEATED_KEYS.contains(importId);
    }

    /** Fails the {@code n}-th chunk staged from now on, once. */
    static void failChunk(int n) {
        STAGED.set(0);
        FAIL_AT_STAGE.set(n);
    }

    /** Holds every staging until {@link #release()}. */
    static void holdStaging() {
        hold = new CountDownLatch(1);
    }

    static void release() {
        CountDownLatch latch = hold;
        hold = null;
        if (latch != null) {
            latch.countDown();
        }
    }

    /** Refuses the next launch of the import job (its parameters are refused, as Spring Batch does first). */
    static void failNextLaunch() {
        FAILING_LAUNCHES.set(1);
    }

    static void reset() {
        FAIL_AT_STAGE.set(0);
        FAILING_LAUNCHES.set(0);
        release();
    }

    @Bean
    static BeanPostProcessor faultyStaging() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof Job job && name.equals("importJob")) {
                    return failingLaunches(job);
                }
                if (!(bean instanceof ImportStaging staging)) {
                    return bean;
                }
                return Proxy.newProxyInstance(ImportStaging.class.getClassLoader(), new Class<?>[] {ImportStaging.class},
                    (proxy, method, arguments) -> {
                        try {
                            Object result = method.invoke(staging, arguments);
                            if (method.getName().equals("stage")) {
                                onStage();
                            }
                            if (method.getName().equals("rejectDuplicateKeys")) {
                                LOOKED_FOR_REPEATED_KEYS.add((Long) arguments[0]);
                            }
                            return result;
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            }
        };
    }

    private static Job failingLaunches(Job job) {
        JobParametersValidator refusing = parameters -> {
            if (FAILING_LAUNCHES.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new InvalidJobParametersException("injected failure of the import job's launch");
            }
            job.getJobParametersValidator().validate(parameters);
        };
        return (Job) Proxy.newProxyInstance(Job.class.getClassLoader(), new Class<?>[] {Job.class},
            (proxy, method, arguments) -> {
                if (method.getName().equals("getJobParametersValidator")) {
                    return refusing;
                }
                try {
                    return method.invoke(job, arguments);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    }

    private static void onStage() throws InterruptedException {
        CountDownLatch latch = hold;
        if (latch != null && !latch.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the test never released the staging");
        }
        int failAt = FAIL_AT_STAGE.get();
        if (failAt > 0 && STAGED.incrementAndGet() == failAt && FAIL_AT_STAGE.compareAndSet(failAt, 0)) {
            throw new IllegalStateException("injected failure while staging chunk " + failAt);
        }
    }
}
