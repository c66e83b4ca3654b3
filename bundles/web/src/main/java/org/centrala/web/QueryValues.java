package org.centrala.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.centrala.common.ValidationException;

/** Query parameter values as resources read them: absent is null, a wrong value a 400 that names the parameter. */
public final class QueryValues {
    private QueryValues() {
    }

    /** One of the enum's constants (any case), or null if the parameter is absent or blank. */
    public static <E extends Enum<E>> E constant(Class<E> type, String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ValidationException(parameter, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ", not '" + value.strip() + "'");
        }
    }

    /** true or false (any case), or null if the parameter is absent or blank. */
    public static Boolean bool(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new ValidationException(parameter, "must be true or false, not '" + value.strip() + "'");
        };
    }
}
