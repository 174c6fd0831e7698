package org.surgepolicy.adapter.persistence.determination;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.Determination;
import org.surgepolicy.domain.rule.Evidence;
import org.surgepolicy.domain.rule.EvidenceWindow;
import org.surgepolicy.domain.rule.WindowAverage;

/**
 * The stored JSON form of a determination's evidence. It is written out here rather than derived from the domain
 * records, so that renaming a domain field cannot make the recorded determinations unreadable. It also keeps whether
 * the determination was marked cap reached, so that the table needs no column for it; documents written before
 * triggers had names read with none, and not cap reached. Both are left out when they say nothing, so that the
 * documents of a rule without named triggers or a cap stay as they always were.
 *
 * @param trigger    the trigger's name, or null
 * @param capReached true when the determination was marked cap reached, otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EvidenceDocument(List<Window> windows, long threshold, String comparison, String trigger,
                        Boolean capReached) {

    record Window(LocalDate from, LocalDate to, long sum, int days, List<Day> dailyCounts) {
    }

    record Day(LocalDate date, long count) {
    }

    static EvidenceDocument of(Determination determination) {
        Evidence evidence = determination.evidence();
        return new EvidenceDocument(evidence.windows().stream().map(w -> new Window(w.average().from(),
                w.average().to(), w.average().sum(), w.average().days(),
                w.dailyCounts().stream().map(d -> new Day(d.date(), d.count())).toList())).toList(),
            evidence.threshold(), evidence.comparison(), evidence.trigger(), determination.capReached() ? true : null);
    }

    Evidence toEvidence() {
        return new Evidence(windows.stream().map(w -> new EvidenceWindow(
                new WindowAverage(w.from(), w.to(), w.sum(), w.days()),
                w.dailyCounts().stream().map(d -> new DailyCount(d.date(), d.count())).toList())).toList(),
            threshold, comparison, trigger);
    }

    boolean markedCapReached() {
        return Boolean.TRUE.equals(capReached);
    }
}
