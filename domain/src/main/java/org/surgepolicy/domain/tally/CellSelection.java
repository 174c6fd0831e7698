package org.surgepolicy.domain.tally;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A choice of aggregate cells, asked once of every cell and then answered by the cell's {@linkplain
 * AggregateCell#index() index}: what counting every day of a long series under a rule asks thousands of times.
 */
public final class CellSelection implements Predicate<AggregateCell> {

    private final boolean[] selected = new boolean[AggregateCell.COUNT];

    private CellSelection(Predicate<AggregateCell> choice) {
        for (AggregateCell cell : AggregateCell.all()) {
            selected[cell.index()] = choice.test(cell);
        }
    }

    /** The cells {@code choice} accepts. */
    public static CellSelection of(Predicate<AggregateCell> choice) {
        return new CellSelection(Objects.requireNonNull(choice, "choice"));
    }

    @Override
    public boolean test(AggregateCell cell) {
        return selected[cell.index()];
    }
}
