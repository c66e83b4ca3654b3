package org.centrala.shell.internal;

import org.apache.karaf.shell.api.action.Option;
import org.centrala.common.PageRequest;

/** The paging options every list command takes. */
abstract class PagingOptions {
    @Option(name = "--page", description = "Page number, starting at 1")
    int page = 1;

    @Option(name = "--size", description = "Rows per page (1 to 500)")
    int size = 50;

    @Option(name = "--sort", description = "Sort key, optionally with ,asc or ,desc (e.g. name,desc)")
    String sort;

    PageRequest pageRequest() {
        return PageRequest.parse(page - 1, size, sort);
    }
}
