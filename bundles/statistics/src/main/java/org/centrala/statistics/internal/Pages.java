package org.centrala.statistics.internal;

import java.util.function.Consumer;
import java.util.function.Function;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.SortDirection;

/** Every item of another concern's paged list (a tenant's queues, agents, departments), page by page of the largest size. */
final class Pages {
    private Pages() {
    }

    static <T> void all(Function<PageRequest, Page<T>> list, Consumer<T> each) {
        int page = 0;
        Page<T> batch;
        do {
            batch = list.apply(new PageRequest(page++, PageRequest.MAX_SIZE, null, SortDirection.ASC));
            batch.items().forEach(each);
        } while ((long) page * PageRequest.MAX_SIZE < batch.total());
    }
}
