package org.surgepolicy.bootstrap.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.surgepolicy.adapter.persistence.H2Urls;
import org.surgepolicy.application.audit.port.in.WriteAuditDigestUseCase;
import org.surgepolicy.bootstrap.SurgePolicyApplication;
import org.surgepolicy.domain.audit.HeadDigest;

/** The whole application in the prod profile: it does not start without the key that signs the audit digests. */
@ExtendWith(OutputCaptureExtension.class)
class AuditDigestKeyAtStartUpIT {

    /** The prod profile takes bearer tokens only: a token issuer's public key, so that security lets it start. */
    private static ConfigurableApplicationContext startProd(Path folder, String... more) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Path issuerKey = Files.writeString(folder.resolve("issuer.pem"), "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
        String[] common = {"--spring.profiles.active=prod",
            "--spring.datasource.url=" + H2Urls.memory("digest-key-" + System.nanoTime()),
            "--server.port=0", "--surge.demo-data.enabled=false", "--surge.jobs.resume.on-start=false",
            "--surge.jobs.recompute.cron=-", "--surge.reports.location=" + folder.resolve("reports"),
            "--surge.audit.digest-key-file=" + folder.resolve("audit-digest.key"),
            "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + issuerKey};
        String[] arguments = Stream.concat(Arrays.stream(common), Arrays.stream(more)).toArray(String[]::new);
        return new SpringApplication(SurgePolicyApplication.class).run(arguments);
    }

    @Test
    void theProdProfileDoesNotStartWithoutADigestKeyAndMakesNone(@TempDir Path folder, CapturedOutput output) {
        Throwable failure = catchThrowable(() -> startProd(folder).close());

        assertThat(failure).hasRootCauseInstanceOf(AuditDigestKeyException.class);
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
            .contains("the prod profile is active but surge.audit.digest-key is not set")
            .contains("Set surge.audit.digest-key");
        assertThat(folder.resolve("audit-digest.key")).doesNotExist();
    }

    @Test
    void theProdProfileSignsWithTheConfiguredKey(@TempDir Path folder) throws Exception {
        String secret = "a-secret-of-at-least-32-bytes-kept-elsewhere";
        try (ConfigurableApplicationContext context = startProd(folder, "--surge.audit.digest-key=" + secret)) {
            HeadDigest digest = context.getBean(WriteAuditDigestUseCase.class).write("admin");

            assertThat(digest.signedWith(new HeadDigest.Key(secret.getBytes(StandardCharsets.UTF_8)))).isTrue();
            assertThat(digest.instant()).isBefore(Instant.now().plusSeconds(1));
        }
        assertThat(folder.resolve("audit-digest.key")).doesNotExist();
    }
}
