package org.centrala.shell;

import org.apache.karaf.shell.api.action.Option;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;

/** The paging options every list command takes; pages count from 1 here, as people count. */
public abstract class PagingOptions extends CentralaCommand {
    @Option(name = "--page", description = "Page number, starting at 1")
    int page = 1;

    @Option(name = "--size", description = "Rows per page (1 to 500)")
    int size = 50;

    @Option(name = "--sort", description = "Sort key, optionally with ,asc or ,desc (e.g. name,desc)")
    String sort;

    protected PageRequest pageRequest() {
        if (page < 1) {
            throw new ValidationException("page", "must be 1 or more");
        }
        return PageRequest.parse(page - 1, size, sort);
    }
}
