package org.surgepolicy.adapter.persistence.determination;

import java.time.LocalDate;
import java.util.List;
import org.surgepolicy.domain.rule.DailyCount;
import org.surgepolicy.domain.rule.Evidence;
import org.surgepolicy.domain.rule.EvidenceWindow;
import org.surgepolicy.domain.rule.WindowAverage;

/**
 * The stored JSON form of a determination's evidence. It is written out here rather than derived from the domain
 * records, so that renaming a domain field cannot make the recorded determinations unreadable.
 */
record EvidenceDocument(List<Window> windows, long threshold, String comparison) {

    record Window(LocalDate from, LocalDate to, long sum, int days, List<Day> dailyCounts) {
    }

    record Day(LocalDate date, long count) {
    }

    static EvidenceDocument of(Evidence evidence) {
        return new EvidenceDocument(evidence.windows().stream().map(w -> new Window(w.average().from(),
                w.average().to(), w.average().sum(), w.average().days(),
                w.dailyCounts().stream().map(d -> new Day(d.date(), d.count())).toList())).toList(),
            evidence.threshold(), evidence.comparison());
    }

    Evidence toEvidence() {
        return new Evidence(windows.stream().map(w -> new EvidenceWindow(
                new WindowAverage(w.from(), w.to(), w.sum(), w.days()),
                w.dailyCounts().stream().map(d -> new DailyCount(d.date(), d.count())).toList())).toList(),
            threshold, comparison);
    }
}
