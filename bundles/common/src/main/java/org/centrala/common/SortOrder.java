package org.centrala.common;

import java.util.Map;
import java.util.stream.Collectors;

/**
 * The sort keys a list accepts, each mapped to the column that implements it. Turning client
 * input into SQL only through this map is what keeps {@code ORDER BY} free of injection.
 */
public final class SortOrder {
    private final Map<String, String> columnsByField;
    private final String defaultField;

    public SortOrder(Map<String, String> columnsByField, String defaultField) {
        if (!columnsByField.containsKey(defaultField)) {
            throw new IllegalArgumentException("default sort field " + defaultField + " is not among " + columnsByField.keySet());
        }
        this.columnsByField = Map.copyOf(columnsByField);
        this.defaultField = defaultField;
    }

    /**
     * @return an ORDER BY clause body such as {@code name ASC, id ASC}; the id makes paging stable
     * @throws ValidationException naming the {@code sort} field if the key is unknown
     */
    public String orderBy(PageRequest request, String idColumn) {
        String field = request.sortField() == null ? defaultField : request.sortField();
        String column = columnsByField.get(field);
        if (column == null) {
            throw new ValidationException("sort", "unknown sort field '" + field + "'; use one of "
                    + columnsByField.keySet().stream().sorted().collect(Collectors.joining(", ")));
        }
        String direction = request.direction().name();
        return column + " " + direction + ", " + idColumn + " " + direction;
    }
}
