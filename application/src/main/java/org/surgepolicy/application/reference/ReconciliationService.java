package org.surgepolicy.application.reference;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.transaction.annotation.Transactional;
import org.surgepolicy.application.reference.port.in.ReconcileQuery;
import org.surgepolicy.application.reference.port.out.PublishedStatistics;
import org.surgepolicy.application.tally.port.out.LedgerTotals;
import org.surgepolicy.domain.statistics.Dataset;
import org.surgepolicy.domain.tally.Area;
import org.surgepolicy.domain.tally.Areas;
import org.surgepolicy.domain.tally.Component;
import org.surgepolicy.domain.tally.Region;

/**
 * Compares the ledger's monthly sums with the published statistics. Each publication is compared within its own
 * scope: the southwest file with the ledger's southwest land border areas, by component; the nationwide file area by
 * area, and over all areas, by component.
 */
public final class ReconciliationService implements ReconcileQuery {

    /** The months a query covers when it names none: far enough back for any data the service holds. */
    private static final YearMonth EARLIEST = YearMonth.of(1990, 1);
    private static final YearMonth LATEST = YearMonth.of(2199, 12);

    private record Scope(Dataset dataset, YearMonth month, Component component, String area) {
    }

    private record DatasetMonth(Dataset dataset, YearMonth month) {
    }

    private final LedgerTotals ledger;
    private final PublishedStatistics statistics;

    public ReconciliationService(LedgerTotals ledger, PublishedStatistics statistics) {
        this.ledger = ledger;
        this.statistics = statistics;
    }

    @Override
    @Transactional(readOnly = true)
    public Reconciliation reconcile(Query query) {
        YearMonth from = query.from() != null ? query.from() : EARLIEST;
        YearMonth to = query.to() != null ? query.to() : LATEST;
        Map<Scope, Long> published = new HashMap<>();
        Set<Dataset> datasets = new TreeSet<>();
        // A month is published when the publication has any statistic for it; within it, a scope it does not list
        // counted nothing. A month it has none for is not published (yet), which is not zero.
        Set<DatasetMonth> publishedMonths = new HashSet<>();
        for (PublishedStatistics.MonthlyTotal total : statistics.totals(from, to)) {
            datasets.add(total.dataset());
            publishedMonths.add(new DatasetMonth(total.dataset(), total.month()));
            published.merge(new Scope(total.dataset(), total.month(), total.component(), total.area()), total.total(),
                Long::sum);
            if (total.dataset() == Dataset.CBP_NATIONWIDE) {
                published.merge(new Scope(total.dataset(), total.month(), total.component(), null), total.total(),
                    Long::sum);
            }
        }
        Map<Scope, Long> ledgerSums = new HashMap<>();
        Set<YearMonth> ledgerMonths = new HashSet<>();
        // The ledger's totals are compared only with what is published: with nothing published there is nothing to
        // compare, and no need to sum every latest count.
        List<LedgerTotals.MonthlyAreaTotal> ledgerTotals = datasets.isEmpty() ? List.of()
            : ledger.monthlyTotals(from, to);
        for (LedgerTotals.MonthlyAreaTotal total : ledgerTotals) {
            ledgerMonths.add(total.month());
            for (Dataset dataset : datasets) {
                for (Scope scope : scopes(dataset, total)) {
                    ledgerSums.merge(scope, total.total(), Long::sum);
                }
            }
        }
        Set<Scope> all = new HashSet<>(published.keySet());
        all.addAll(ledgerSums.keySet());
        List<Line> lines = new ArrayList<>();
        for (Scope scope : all) {
            Long l = ledgerMonths.contains(scope.month()) ? ledgerSums.getOrDefault(scope, 0L) : null;
            Long p = publishedMonths.contains(new DatasetMonth(scope.dataset(), scope.month()))
                ? published.getOrDefault(scope, 0L) : null;
            lines.add(Line.of(scope.month(), scope.dataset(), scope.component(), scope.area(), l, p));
        }
        lines.sort(Comparator.comparing(Line::month).thenComparing(Line::dataset).thenComparing(Line::component)
            .thenComparing(Line::area, Comparator.nullsFirst(Comparator.naturalOrder())));
        YearMonth first = lines.isEmpty() ? query.from() : lines.getFirst().month();
        YearMonth last = lines.isEmpty() ? query.to() : lines.getLast().month();
        return new Reconciliation(query.from() != null ? query.from() : first, query.to() != null ? query.to() : last,
            lines);
    }

    /** The comparisons of a dataset that a ledger total adds to. */
    private static List<Scope> scopes(Dataset dataset, LedgerTotals.MonthlyAreaTotal total) {
        return switch (dataset) {
            case CBP_SOUTHWEST -> Areas.find(total.area()).map(Area::region).filter(Region.SOUTHWEST_LAND_BORDER::equals)
                .map(r -> List.of(new Scope(dataset, total.month(), total.component(), null))).orElse(List.of());
            case CBP_NATIONWIDE -> List.of(new Scope(dataset, total.month(), total.component(), total.area()),
                new Scope(dataset, total.month(), total.component(), null));
        };
    }
}
