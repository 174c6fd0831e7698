package org.surgepolicy.bootstrap.security;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Failed sign-ins are limited per user name (3 here) and per address (5 here) within a window (an hour here, on a
 * clock the test moves): past a limit every sign-in of that name or address is a 429 with Retry-After, whatever its
 * password, until the window has passed; other names and addresses sign in as before.
 */
@SecuredApiTest
@TestPropertySource(properties = {
    "surge.security.users[0].username=alice", "surge.security.users[0].password={noop}alice-secret",
    "surge.security.users[0].roles=VIEWER",
    "surge.security.users[1].username=bob", "surge.security.users[1].password={noop}bob-secret",
    "surge.security.users[1].roles=VIEWER",
    "surge.security.sign-in-throttle.failures-per-user=3", "surge.security.sign-in-throttle.failures-per-address=5",
    "surge.security.sign-in-throttle.window=1h"})
class SignInThrottleTest {

    private static final Duration WINDOW = Duration.ofHours(1);
    /** Nanoseconds, as Bucket4j reads them; moved by the tests, never by the wall clock. */
    private static final AtomicLong NOW = new AtomicLong(1_000_000_000L);

    @TestBean
    private SignInThrottle signInThrottle;

    @Autowired
    private MockMvc mvc;

    static SignInThrottle signInThrottle() {
        return new SignInThrottle(new SurgeSecurityProperties.SignInLimits(3, 5, WINDOW), new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return NOW.get();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        });
    }

    private ResultActions signIn(String user, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/demo-data").with(httpBasic(user, password)).with(request -> {
            request.setRemoteAddr(address);
            return request;
        }));
    }

    private void fail(String user, String address, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            signIn(user, "guess-" + i, address).andExpect(status().isUnauthorized());
        }
    }

    @Test
    void pastTheLimitOfAUserNameEverySignInOfItIsRefusedUntilTheWindowHasPassed() throws Exception {
        fail("alice", "10.0.1.1", 3);

        signIn("alice", "alice-secret", "10.0.1.1")
            .andExpect(status().isTooManyRequests())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(header().string(HttpHeaders.RETRY_AFTER, "3600"))
            .andExpect(jsonPath("$.type").value("tag:surgepolicy.org,2024:problems/too-many-sign-ins"))
            .andExpect(jsonPath("$.status").value(429))
            .andExpect(jsonPath("$.detail").value("Too many failed sign-ins for this user name; try again in "
                + "3600 s."));
        signIn("Alice", "guess-4", "10.0.1.2").andExpect(status().isTooManyRequests());
        signIn("bob", "bob-secret", "10.0.1.1").andExpect(status().isOk());

        NOW.addAndGet(WINDOW.minusSeconds(1).toNanos());
        signIn("alice", "alice-secret", "10.0.1.1")
            .andExpect(status().isTooManyRequests())
            .andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"));
        NOW.addAndGet(Duration.ofSeconds(1).toNanos());
        signIn("alice", "alice-secret", "10.0.1.1").andExpect(status().isOk());
    }

    @Test
    void pastTheLimitOfAnAddressEverySignInFromItIsRefusedAndOtherAddressesSignIn() throws Exception {
        for (int i = 0; i < 5; i++) {
            fail("nobody-" + i, "10.0.2.1", 1);
        }

        signIn("bob", "bob-secret", "10.0.2.1")
            .andExpect(status().isTooManyRequests())
            .andExpect(jsonPath("$.detail", startsWith("Too many failed sign-ins from this address")));
        signIn("bob", "bob-secret", "10.0.2.2").andExpect(status().isOk());
    }

    @Test
    void successfulSignInsAreNeverCounted() throws Exception {
        for (int i = 0; i < 20; i++) {
            signIn("bob", "bob-secret", "10.0.3.1").andExpect(status().isOk());
        }
        fail("bob", "10.0.3.1", 2);

        signIn("bob", "bob-secret", "10.0.3.1").andExpect(status().isOk());
    }
}
