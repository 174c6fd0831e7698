package org.surgepolicy.bootstrap.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.surgepolicy.application.common.port.in.Outcome;
import org.surgepolicy.application.tally.port.in.SubmitTalliesUseCase;

/**
 * The prod profile with bearer tokens from an issuer whose public key is configured (a key made here, so that no
 * network is needed) and with the audience checked: Spring Boot's own setting. HTTP Basic is never accepted.
 */
@SecuredApiTest
@ActiveProfiles("prod")
@TestPropertySource(properties = "spring.security.oauth2.resourceserver.jwt.audiences=surge-policy-engine")
class ProductionTokensTest {

    private static final String AUDIENCE = "surge-policy-engine";

    private static final KeyPair ISSUER = rsaKeys();

    @Autowired
    private MockMvc mvc;
    @Autowired
    private SubmitTalliesUseCase submitTallies;

    @DynamicPropertySource
    static void issuerKey(DynamicPropertyRegistry registry) throws Exception {
        Path pem = Files.createTempFile("issuer", ".pem");
        pem.toFile().deleteOnExit();
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
            + Base64.getMimeEncoder().encodeToString(ISSUER.getPublic().getEncoded())
            + "\n-----END PUBLIC KEY-----\n");
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
    }

    private static KeyPair rsaKeys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String token(KeyPair signer, Instant expires, Object roles, List<String> audiences)
        throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), new JWTClaimsSet.Builder()
            .subject("olga@example.org").claim("roles", roles).audience(audiences)
            .issueTime(Date.from(expires.minusSeconds(600))).expirationTime(Date.from(expires)).build());
        jwt.sign(new RSASSASigner(signer.getPrivate()));
        return "Bearer " + jwt.serialize();
    }

    private static String token(KeyPair signer, Instant expires, Object roles) throws Exception {
        return token(signer, expires, roles, List.of(AUDIENCE));
    }

    private static String token(Object roles) throws Exception {
        return token(ISSUER, Instant.now().plusSeconds(300), roles);
    }

    @Test
    void operatorTokenSubmitsTalliesRecordedUnderItsSubject() throws Exception {
        when(submitTallies.submit(any())).thenReturn(new Outcome.Done<>(
            new SubmitTalliesUseCase.Receipt(1, 1, 0, 0, List.of())));

        mvc.perform(post("/api/v1/tallies").header(HttpHeaders.AUTHORIZATION, token(List.of("OPERATOR")))
                .contentType(MediaType.APPLICATION_JSON).content(SecuredApi.TALLIES))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.received").value(1));

        ArgumentCaptor<SubmitTalliesUseCase.Command> command =
            ArgumentCaptor.forClass(SubmitTalliesUseCase.Command.class);
        verify(submitTallies).submit(command.capture());
        assertThat(command.getValue().recordedBy()).isEqualTo("olga@example.org");
    }

    @Test
    void viewerTokenReadsButMayNotSubmit() throws Exception {
        mvc.perform(get("/api/v1/policies").header(HttpHeaders.AUTHORIZATION, token(List.of("VIEWER"))))
            .andExpect(status().isOk());
        mvc.perform(post("/api/v1/tallies").header(HttpHeaders.AUTHORIZATION, token("viewer"))
                .contentType(MediaType.APPLICATION_JSON).content(SecuredApi.TALLIES))
            .andExpect(status().isForbidden())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("The user 'olga@example.org' (roles VIEWER) may not POST "
                + "/api/v1/tallies: it needs OPERATOR."));
    }

    @Test
    void auditorTokenAsksAboutThePast() throws Exception {
        mvc.perform(get("/api/v1/tallies?date=2024-08-01&knownAt=2024-08-02T00:00:00Z")
                .header(HttpHeaders.AUTHORIZATION, token("auditor")))
            .andExpect(status().isOk());
    }

    @Test
    void tokenSignedByAnotherKeyIsRefused() throws Exception {
        mvc.perform(get("/api/v1/policies").header(HttpHeaders.AUTHORIZATION,
                token(rsaKeys(), Instant.now().plusSeconds(300), List.of("ADMIN"))))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/unauthorized"))
            .andExpect(jsonPath("$.detail", startsWith("The bearer token is not valid: ")));
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        mvc.perform(get("/api/v1/policies").header(HttpHeaders.AUTHORIZATION,
                token(ISSUER, Instant.now().minusSeconds(600), List.of("ADMIN"))))
            .andExpect(status().isUnauthorized())
            .andExpect(jsonPath("$.detail", containsString("expired")));
    }

    @Test
    void tokenForAnotherAudienceIsRefused() throws Exception {
        for (List<String> audiences : List.of(List.of("another-service"), List.<String>of())) {
            mvc.perform(get("/api/v1/policies").header(HttpHeaders.AUTHORIZATION,
                    token(ISSUER, Instant.now().plusSeconds(300), List.of("ADMIN"), audiences)))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer error=\"invalid_token\"")))
                .andExpect(jsonPath("$.detail", containsString("aud")));
        }
        mvc.perform(get("/api/v1/policies").header(HttpHeaders.AUTHORIZATION, token(ISSUER,
                Instant.now().plusSeconds(300), List.of("VIEWER"), List.of("another-service", AUDIENCE))))
            .andExpect(status().isOk());
    }

    @Test
    void withoutUsersOnlyTokensAreAsked() throws Exception {
        mvc.perform(get("/api/v1/policies").with(httpBasic("admin", "admin-secret")))
            .andExpect(status().isUnauthorized())
            .andExpect(header().stringValues(HttpHeaders.WWW_AUTHENTICATE, contains(startsWith("Bearer"))))
            .andExpect(jsonPath("$.detail").value("Authentication is required: send a bearer token."));
    }
}
