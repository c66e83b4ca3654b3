package org.centrala.ui.components;

import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.grid.Grid;

import org.centrala.ui.client.ApiException;
import org.centrala.ui.core.CoreRefusedException;

/**
 * A grid that asks the core for the page it shows and no more: scrolling through ten thousand
 * users loads fifty at a time. The total comes from a one-row page, which the core counts cheaply.
 */
public final class Paged {
    /** One page of the core's answer: its rows and how many there are in all. */
    public record Page<T>(List<T> items, long total) {
    }

    @FunctionalInterface
    public interface Fetcher<T> {
        Page<T> fetch(int page, int size) throws ApiException;
    }

    public static final int PAGE_SIZE = 50;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Paged.class);

    private Paged() {
    }

    public static <T> void show(Grid<T> grid, Fetcher<T> fetcher) {
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(query -> rows(fetcher, query.getPage(), query.getPageSize()),
                query -> (int) Math.min(Integer.MAX_VALUE, CoreRefusedException.unchecked(() -> fetcher.fetch(0, 1)).total()));
    }

    private static <T> Stream<T> rows(Fetcher<T> fetcher, int page, int size) {
        List<T> rows = CoreRefusedException.unchecked(() -> fetcher.fetch(page, size)).items();
        LOG.debug("Page fetched: page={} size={} rows={}", page, size, rows.size());
        return rows.stream();
    }

    public static <T> Page<T> of(List<T> items, Long total) {
        return new Page<>(items == null ? List.of() : items, total == null ? 0 : total);
    }
}
