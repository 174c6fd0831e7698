package org.surgepolicy.adapter.rest.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.surgepolicy.adapter.rest.RestFixtures;
import org.surgepolicy.adapter.rest.policy.TimelineAnswers.Match;
import org.surgepolicy.domain.rule.TimelineDay;
import tools.jackson.databind.json.JsonMapper;

class TimelineAnswersTest {

    @Test
    void daysAreTheSameWhenEachIsTheSameObjectOrAnEqualOne() {
        List<TimelineDay> days = RestFixtures.days();

        assertThat(TimelineAnswers.compare(days, days.subList(0, days.size()))).isEqualTo(Match.IDENTICAL);
        assertThat(TimelineAnswers.compare(days, RestFixtures.days())).isEqualTo(Match.EQUAL);
    }

    @Test
    void daysDifferWhenOneDayDiffersOrTheyAreNotAsMany() {
        List<TimelineDay> days = RestFixtures.days();
        List<TimelineDay> changed = new ArrayList<>(days);
        TimelineDay last = changed.getLast();
        changed.set(changed.size() - 1, new TimelineDay(last.date(), last.counted() + 1, last.average(), last.state(),
            last.effectiveState(), last.effectiveSince(), last.override(), last.versionId(), last.daysBelow(),
            last.determination(), last.events(), last.missingDays(), last.cap()));

        assertThat(TimelineAnswers.compare(days, changed)).isEqualTo(Match.DIFFERENT);
        assertThat(TimelineAnswers.compare(days, days.subList(0, days.size() - 1))).isEqualTo(Match.DIFFERENT);
        assertThat(TimelineAnswers.compare(days.subList(0, 1), days)).isEqualTo(Match.DIFFERENT);
    }

    @Test
    void anAnswerIsWrittenOnceForEqualDaysAndAgainForChangedDays() {
        TimelineAnswers answers = new TimelineAnswers(JsonMapper.builder().build());
        AtomicInteger written = new AtomicInteger();
        List<TimelineDay> days = RestFixtures.days();
        Supplier<TimelineResponse> response = () -> {
            written.incrementAndGet();
            return new TimelineResponse("p", null, List.of());
        };

        TimelineAnswers.Answer first = answers.answer("p", null, null, null, days, response);
        TimelineAnswers.Answer equal = answers.answer("p", null, null, null, RestFixtures.days(), response);
        TimelineAnswers.Answer same = answers.answer("p", null, null, null, days, response);

        assertThat(written).hasValue(1);
        assertThat(equal).isSameAs(first);
        assertThat(same).isSameAs(first);
        answers.answer("p", null, null, null, days.subList(0, 2), response);
        assertThat(written).hasValue(2);
        answers.answer("p", null, null, null, days, response);
        assertThat(written).hasValue(3);
    }
}
