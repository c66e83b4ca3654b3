package org.centrala.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which slice of a list the caller wants: a zero-based page, its size and one sort key.
 * {@link #parse} turns the query parameters {@code page}, {@code size} and {@code sort=field,asc}
 * into a request and rejects bad values with a {@link ValidationException} that names them.
 */
public record PageRequest(int page, int size, String sortField, SortDirection direction) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 500;

    public PageRequest {
        List<FieldError> errors = new ArrayList<>();
        if (page < 0) {
            errors.add(new FieldError("page", "must be 0 or more"));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", "must be between 1 and " + MAX_SIZE));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        direction = direction == null ? SortDirection.ASC : direction;
    }

    public static PageRequest first(int size) {
        return new PageRequest(0, size, null, SortDirection.ASC);
    }

    /**
     * @param page zero-based page number, null for 0
     * @param size page size, null for {@value #DEFAULT_SIZE}
     * @param sort {@code field} or {@code field,asc|desc}, null for the resource's default order
     */
    public static PageRequest parse(Integer page, Integer size, String sort) {
        String field = null;
        SortDirection direction = SortDirection.ASC;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1);
            field = parts[0].trim();
            if (parts.length > 2 || field.isEmpty()) {
                throw new ValidationException("sort", "must be 'field' or 'field,asc' or 'field,desc'");
            }
            if (parts.length == 2) {
                try {
                    direction = SortDirection.valueOf(parts[1].trim().toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    throw new ValidationException("sort", "direction must be asc or desc, not '" + parts[1].trim() + "'");
                }
            }
        }
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size, field, direction);
    }

    public long offset() {
        return (long) page * size;
    }
}
