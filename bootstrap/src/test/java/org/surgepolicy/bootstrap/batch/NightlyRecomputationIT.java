package org.surgepolicy.bootstrap.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.adapter.batch.schedule.NightlyRecomputation;
import org.surgepolicy.adapter.persistence.H2Urls;
import org.surgepolicy.bootstrap.SurgePolicyApplication;

/** Two instances of the service on one database, both told to run the nightly job at once: it runs once. */
class NightlyRecomputationIT {

    @Test
    void twoInstancesStartingTheNightlyJobTogetherRunItOnce() throws Exception {
        String database = H2Urls.memory("surge-" + UUID.randomUUID()) + H2Urls.KEPT_OPEN;
        try (ConfigurableApplicationContext first = instance(database, "node-a");
             ConfigurableApplicationContext second = instance(database, "node-b")) {
            CyclicBarrier together = new CyclicBarrier(2);
            List<CompletableFuture<Void>> runs = List.of(first, second).stream()
                .map(context -> CompletableFuture.runAsync(() -> {
                    await(together);
                    context.getBean(NightlyRecomputation.class).run();
                }))
                .toList();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).join();

            JdbcClient jdbc = JdbcClient.create(first.getBean(DataSource.class));
            assertThat(jdbc.sql("select count(*) from batch_job_execution e join batch_job_instance i"
                + " on i.job_instance_id = e.job_instance_id where i.job_name = 'recomputeJob'").query(Long.class)
                .single()).isEqualTo(1);
            assertThat(jdbc.sql("select locked_by from shedlock where name = 'recomputeJob'").query(String.class)
                .single()).isNotBlank();
        }
    }

    private static ConfigurableApplicationContext instance(String database, String node) {
        // As command-line arguments, which come before application.yml (default properties would come after it).
        return new SpringApplicationBuilder(SurgePolicyApplication.class).run(
            "--spring.datasource.url=" + database, "--server.port=0", "--surge.demo-data.enabled=false",
            "--surge.jobs.recompute.cron=-", "--surge.jobs.resume.on-start=false", "--surge.node-id=" + node,
            "--surge.reports.location=" + System.getProperty("java.io.tmpdir") + "/surge-reports-" + node,
            "--surge.security.users[0].username=admin", "--surge.security.users[0].password={noop}admin-pw",
            "--surge.security.users[0].roles=ADMIN");
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
