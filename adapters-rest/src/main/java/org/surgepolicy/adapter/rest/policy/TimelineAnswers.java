package org.surgepolicy.adapter.rest.policy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import org.surgepolicy.domain.rule.TimelineDay;
import tools.jackson.databind.json.JsonMapper;

/**
 * The timelines' answers as written, kept for the next request of the same question. An answer is a function of the
 * days it shows (and the policy and {@code knownAt} it names): it is served again only while the days asked for are
 * equal to those it was written from, so that no submission, override or activation decision can leave a stale
 * answer behind, whatever it changed. Comparing the days costs far less than mapping and writing them again. Each
 * answer carries an entity tag, a digest of its bytes, for conditional requests.
 */
final class TimelineAnswers {

    /** A written answer and its entity tag. */
    record Answer(byte[] json, String etag) {
    }

    private record Question(String policyId, Instant knownAt, LocalDate from, LocalDate to) {
    }

    private record Written(List<TimelineDay> days, Answer answer) {
    }

    /** Distinct questions kept: each is a policy and a range (and an instant), so a few hundred cover every page. */
    private static final int KEPT = 512;

    private final JsonMapper json;
    private final Cache<Question, Written> written = Caffeine.newBuilder().maximumSize(KEPT).build();

    TimelineAnswers(JsonMapper json) {
        this.json = json;
    }

    /** The answer for the days of a question, written by {@code response} unless the same days were written. */
    Answer answer(String policyId, Instant knownAt, LocalDate from, LocalDate to, List<TimelineDay> days,
                  Supplier<TimelineResponse> response) {
        Question question = new Question(policyId, knownAt, from, to);
        Written known = written.getIfPresent(question);
        Match match = known == null ? Match.DIFFERENT : compare(known.days(), days);
        if (match != Match.DIFFERENT) {
            if (match == Match.EQUAL) {
                // Equal days of a newer evaluation: kept in place of the older ones, so that the next comparison
                // finds the very same objects.
                written.put(question, new Written(List.copyOf(days), known.answer()));
            }
            return known.answer();
        }
        byte[] bytes = json.writeValueAsBytes(response.get());
        Answer answer = new Answer(bytes, "\"" + digest(bytes) + "\"");
        written.put(question, new Written(List.copyOf(days), answer));
        return answer;
    }

    /** How two lists of days compare. */
    enum Match {
        /** Not the same days. */
        DIFFERENT,
        /** Equal days, some of them other objects (a newer evaluation's). */
        EQUAL,
        /** Each day the very object of the other's at the same place. */
        IDENTICAL
    }

    /**
     * How two lists of days compare, in one pass, each pair first compared by identity: the days of one evaluation are
     * the same objects in every answer taken from it, and comparing their evidence field by field would cost more than
     * anything else in a kept answer.
     */
    static Match compare(List<TimelineDay> kept, List<TimelineDay> asked) {
        if (kept.size() != asked.size()) {
            return Match.DIFFERENT;
        }
        Match match = Match.IDENTICAL;
        for (int i = 0; i < kept.size(); i++) {
            TimelineDay k = kept.get(i);
            TimelineDay a = asked.get(i);
            if (k != a) {
                if (!k.equals(a)) {
                    return Match.DIFFERENT;
                }
                match = Match.EQUAL;
            }
        }
        return match;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
