package org.centrala.web;

import java.util.ArrayList;
import java.util.List;

import org.centrala.common.FieldError;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;

/**
 * Reads {@code page}, {@code size} and {@code sort} as strings: JAX-RS would answer a 404 for a
 * query parameter that fails to convert to a number, where the client deserves a 400 naming it.
 */
public final class Paging {
    private Paging() {
    }

    public static PageRequest request(String page, String size, String sort) {
        List<FieldError> errors = new ArrayList<>();
        Integer pageNumber = number("page", page, errors);
        Integer pageSize = number("size", size, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return PageRequest.parse(pageNumber, pageSize, sort);
    }

    private static Integer number(String name, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(name, "must be a whole number, not '" + value + "'"));
            return null;
        }
    }

    /**
     * Hands every item of a paged list to {@code each}, page after page of the largest size: for a
     * concern that needs all of another's (a tenant's queues, agents), or an export.
     */
    public static <T> void all(java.util.function.Function<PageRequest, org.centrala.common.Page<T>> pages, String sort,
                               java.util.function.Consumer<T> each) {
        for (int number = 0; ; number++) {
            org.centrala.common.Page<T> page = pages.apply(PageRequest.parse(number, PageRequest.MAX_SIZE, sort));
            page.items().forEach(each);
            if ((long) (number + 1) * PageRequest.MAX_SIZE >= page.total() || page.items().isEmpty()) {
                return;
            }
        }
    }
}
