package org.centrala.persistence;

import java.util.Collections;

/** Small pieces of portable SQL text. */
public final class Sql {
    private Sql() {
    }

    /** {@code ?, ?, ?} for an {@code IN (...)} list of that many parameters. */
    public static String placeholders(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
