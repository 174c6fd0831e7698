package org.surgepolicy.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.surgepolicy.adapter.persistence.H2Urls;
import org.surgepolicy.adapter.persistence.policy.PolicyFileException;
import org.surgepolicy.adapter.persistence.policy.ShippedPolicyFiles;
import org.surgepolicy.application.policy.port.in.ListPoliciesQuery;
import org.surgepolicy.domain.policy.PolicyDefinition;

/** The policy files as the application starts: the shipped one and extra ones load; a bad one stops the start. */
@ExtendWith(OutputCaptureExtension.class)
class PolicyFilesAtStartUpIT {

    private static ConfigurableApplicationContext start(Path policies) {
        return new SpringApplication(SurgePolicyApplication.class).run(
            "--spring.datasource.url=" + H2Urls.memory("policies-" + System.nanoTime()),
            "--server.port=0", "--surge.demo-data.enabled=false", "--surge.jobs.resume.on-start=false",
            "--surge.policies.location=" + policies,
            "--surge.security.users[0].username=viewer", "--surge.security.users[0].password={noop}viewer-pw",
            "--surge.security.users[0].roles=VIEWER");
    }

    private static String shipped() {
        return ShippedPolicyFiles.text(ShippedPolicyFiles.SECURING_THE_BORDER);
    }

    @Test
    void theShippedPolicyAndAnExtraOneLoad(@TempDir Path policies) throws IOException {
        Files.writeString(policies.resolve("lower-thresholds.yaml"),
            shipped().replace("id: securing-the-border", "id: lower-thresholds")
                .replace("activationThreshold: 2500", "activationThreshold: 2000"));

        try (ConfigurableApplicationContext context = start(policies)) {
            assertThat(context.getBean(ListPoliciesQuery.class).list()).extracting(PolicyDefinition::id)
                .containsExactly("border-emergency-authority", "lower-thresholds", "securing-the-border");
        }
    }

    @Test
    void aBadFileStopsTheStartNamingTheFileAndTheField(@TempDir Path policies, CapturedOutput output)
        throws IOException {
        Files.writeString(policies.resolve("bad.yaml"), shipped().replace("id: securing-the-border", "id: bad")
            .replaceFirst("discontinuationThreshold: 1500", "discontinuationThreshold: 3000"));

        Throwable failure = catchThrowable(() -> start(policies).close());

        assertThat(failure).hasRootCauseInstanceOf(PolicyFileException.class);
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
            .contains("The policy definition file " + policies.resolve("bad.yaml") + " cannot be loaded")
            .contains("versions[0].parameters.discontinuationThreshold: 3000 is above the activation threshold 2500");
    }
}
