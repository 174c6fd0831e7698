package org.surgepolicy.adapter.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.DataAccessResourceFailureException;

class CommandLineFailureTest {

    @Test
    void theEmbeddedDatabaseInUseIsNamedWithItsFileAndTheWaysOut() {
        Exception h2 = new IllegalStateException("Database may be already in use: \"/srv/surge/data/surge.mv.db\"."
            + " Possible solutions: close all other connection(s); use the server mode [90020-240]");
        Exception nested = new BeanCreationException("flywayInitializer", "Failed to initialize",
            new IllegalStateException("Unable to obtain connection from database", h2));

        CommandLineFailure failure = CommandLineFailure.of(nested);

        assertThat(failure.exitCode()).isEqualTo(CommandLineJobs.DATABASE_UNAVAILABLE);
        assertThat(failure.cause()).isEqualTo("The embedded database /srv/surge/data/surge.mv.db is in use by another"
            + " process: the service is probably running on it.");
        assertThat(failure.fix()).startsWith("Stop the service, or point this command at the service's database");
    }

    @Test
    void aDatabaseThatCannotBeReachedSaysSoAndWhatToCheck() {
        CommandLineFailure refused = CommandLineFailure.of(new BeanCreationException("dataSource", "Failed",
            new IllegalStateException("The connection attempt failed.", new ConnectException("Connection refused"))));
        assertThat(refused.exitCode()).isEqualTo(CommandLineJobs.DATABASE_UNAVAILABLE);
        assertThat(refused.cause()).isEqualTo("The database cannot be reached: Connection refused.");
        assertThat(refused.fix()).contains("spring.datasource.url");

        CommandLineFailure unusable = CommandLineFailure.of(new DataAccessResourceFailureException("no such database"));
        assertThat(unusable.exitCode()).isEqualTo(CommandLineJobs.DATABASE_UNAVAILABLE);
        assertThat(unusable.cause()).isEqualTo("The database cannot be used: no such database.");
    }

    @Test
    void anyOtherFailureGivesItsDeepestMessageFirstAndPointsAtDebug() {
        CommandLineFailure failure = CommandLineFailure.of(new BeanCreationException("policyCatalog", "Failed",
            new IllegalArgumentException("policies/extra.yaml: versions[0].effectiveFrom is required.\nmore")));

        assertThat(failure.exitCode()).isEqualTo(CommandLineJobs.FAILED);
        assertThat(failure.cause()).isEqualTo("policies/extra.yaml: versions[0].effectiveFrom is required.");
        assertThat(failure.fix()).isEqualTo("Run the command again with --debug to see where it failed.");
    }
}
