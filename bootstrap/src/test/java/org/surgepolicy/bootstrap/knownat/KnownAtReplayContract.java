package org.surgepolicy.bootstrap.knownat;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.surgepolicy.bootstrap.api.Api;
import org.surgepolicy.bootstrap.batch.ImportFiles;

/**
 * Answers "as known at" an instant never change: while a large import publishes (one long transaction that revises
 * the policy's counts) and a stream of submissions commits, readers ask for status, timeline, determinations, tallies
 * and the audit trail as known at instants just past; afterwards every question is asked again and each answer is
 * found identical, though the answers changed from instant to instant while they were asked.
 */
abstract class KnownAtReplayContract {

    private static final String POLICY = "/api/v1/policies/securing-the-border";
    private static final LocalDate SEEDED = LocalDate.of(2024, 5, 1);
    private static final int SEEDED_DAYS = 92;
    /** The days the import revises from 3,000 to 1,000: a LOW determination follows. */
    private static final LocalDate REVISED = LocalDate.of(2024, 6, 20);
    private static final int REVISED_DAYS = 42;
    /** The days the stream of submissions adds, one per request. */
    private static final LocalDate STREAMED = LocalDate.of(2024, 8, 1);
    private static final int FILLER_DAYS = 55;

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    /** A question and the answer it got. */
    private record Asked(String path, int status, String body) {
    }

    private Api admin() {
        return Api.as("admin", port);
    }

    /** The seeded days of RGV at 3,000 revised to 1,000, and a filler of other days to make it large. */
    private static String importFile() throws IOException {
        StringBuilder file = new StringBuilder(ImportFiles.HEADER).append("\r\n");
        for (int d = 0; d < REVISED_DAYS; d++) {
            file.append(REVISED.plusDays(d)).append(",USBP,RGV,SINGLE_ADULTS,MEXICO,APPREHENSIONS,1000\r\n");
        }
        ImportFiles.appendEveryKey(file, LocalDate.of(2023, 1, 1), FILLER_DAYS, ImportFiles.AREAS);
        return file.toString();
    }

    /** The questions asked as known at {@code knownAt}. */
    private static List<String> questions(Instant knownAt) {
        String at = "knownAt=" + knownAt;
        return List.of(POLICY + "/status?" + at,
            POLICY + "/timeline?from=2024-06-01&to=2024-09-30&" + at,
            POLICY + "/determinations?" + at,
            "/api/v1/tallies?date=" + REVISED.plusDays(3) + "&history=true&" + at,
            "/api/v1/tallies?date=" + STREAMED.plusDays(2) + "&" + at,
            "/api/v1/audit/events?size=20&to=" + knownAt);
    }

    private Asked ask(String path) {
        Api.Response response = admin().get(path);
        return new Asked(path, response.status(), response.body());
    }

    private String publishStep() {
        return JdbcClient.create(dataSource).sql("select status from batch_step_execution"
            + " where step_name = 'publishImportStep'").query(String.class).optional().orElse("NONE");
    }

    @Test
    void everyAnswerAsKnownAtAnInstantIsTheSameWhenAskedAgainLater() throws Exception {
        Map<LocalDate, Long> seeded = new LinkedHashMap<>();
        for (int d = 0; d < SEEDED_DAYS; d++) {
            seeded.put(SEEDED.plusDays(d), 3_000L);
        }
        assertThat(Api.as("operator", port).post("/api/v1/tallies", Api.submission("seed", "RGV", seeded)).status())
            .isEqualTo(200);

        Api.Response started = Api.as("operator", port).postRaw("/api/v1/imports?format=daily", "text/csv",
            importFile());
        assertThat(started.status()).as(started.body()).isEqualTo(202);
        long importId = started.json().path("id").asLong();

        List<Asked> asked = new ArrayList<>();
        List<Instant> askedWhilePublishing = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        threads.add(Thread.ofPlatform().start(() -> {
            for (int d = 0; running.get(); d = (d + 1) % 60) {
                Api.as("operator", port).post("/api/v1/tallies", Api.submission("stream-" + d, "RGV",
                    Map.of(STREAMED.plusDays(d), 1_000L + ThreadLocalRandom.current().nextInt(500))));
            }
        }));
        for (int r = 0; r < 2; r++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (running.get()) {
                    Instant knownAt = Instant.now().minusMillis(ThreadLocalRandom.current().nextInt(1, 300))
                        .truncatedTo(ChronoUnit.MICROS);
                    boolean publishing = "STARTED".equals(publishStep());
                    for (String question : questions(knownAt)) {
                        Asked answer = ask(question);
                        synchronized (asked) {
                            asked.add(answer);
                            if (publishing) {
                                askedWhilePublishing.add(knownAt);
                            }
                        }
                    }
                }
            }));
        }

        Instant deadline = Instant.now().plus(Duration.ofMinutes(5));
        String status = "QUEUED";
        while (!"COMPLETED".equals(status)) {
            assertThat(Instant.now()).as("the import completed within five minutes (last %s)", status)
                .isBefore(deadline);
            Thread.sleep(200);
            status = admin().get("/api/v1/imports/" + importId).json().path("status").asString();
        }
        Thread.sleep(2_000);
        running.set(false);
        for (Thread thread : threads) {
            thread.join(Duration.ofMinutes(2));
        }

        List<Asked> again = asked.stream().map(a -> ask(a.path())).toList();
        LoggerFactory.getLogger(getClass()).info("{} questions asked as known at {} instants ({} of them while the"
            + " import was publishing), each asked again", asked.size(), asked.size() / questions(Instant.EPOCH).size(),
            askedWhilePublishing.size());
        for (int i = 0; i < asked.size(); i++) {
            assertThat(again.get(i)).as("asked again: %s", asked.get(i).path()).isEqualTo(asked.get(i));
        }
        assertThat(asked).allSatisfy(a -> assertThat(a.status()).as(a.path()).isEqualTo(200));
        assertThat(askedWhilePublishing).as("questions asked while the import was publishing").isNotEmpty();
        Map<String, Set<String>> answersByKind = asked.stream().collect(Collectors.groupingBy(
            a -> a.path().replaceAll("(knownAt|to)=[^&]*", ""), Collectors.mapping(Asked::body, Collectors.toSet())));
        assertThat(answersByKind).as("each kind of answer changed while it was asked")
            .allSatisfy((kind, answers) -> assertThat(answers).as(kind).hasSizeGreaterThan(1));
    }
}
