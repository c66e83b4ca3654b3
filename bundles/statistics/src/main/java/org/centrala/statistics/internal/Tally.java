package org.centrala.statistics.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

/** The value of every {@link Measure} of one subject over one period. Immutable. */
final class Tally {
    static final Tally ZERO = new Tally(new long[Measure.values().length]);

    private final long[] values;

    private Tally(long[] values) {
        this.values = values;
    }

    long get(Measure measure) {
        return values[measure.ordinal()];
    }

    Tally with(Measure measure, long value) {
        long[] copy = values.clone();
        copy[measure.ordinal()] = value;
        return new Tally(copy);
    }

    /** Adds to a measure (for the longest wait: keeps the greater). */
    Tally plus(Measure measure, long value) {
        long current = get(measure);
        return with(measure, measure.isMaximum() ? Math.max(current, value) : current + value);
    }

    Tally plus(Tally other) {
        long[] sum = values.clone();
        for (Measure measure : Measure.values()) {
            int i = measure.ordinal();
            sum[i] = measure.isMaximum() ? Math.max(sum[i], other.values[i]) : sum[i] + other.values[i];
        }
        return new Tally(sum);
    }

    boolean isZero() {
        return Arrays.stream(values).allMatch(v -> v == 0);
    }

    /** Reads the measures' columns (or their aggregates, named as the columns) from the current row. */
    static Tally read(ResultSet row) throws SQLException {
        long[] values = new long[Measure.values().length];
        for (Measure measure : Measure.values()) {
            values[measure.ordinal()] = row.getLong(measure.column);
        }
        return new Tally(values);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Tally other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Tally{");
        for (Measure measure : Measure.values()) {
            if (get(measure) != 0) {
                text.append(measure.column).append('=').append(get(measure)).append(' ');
            }
        }
        return text.append('}').toString();
    }
}
