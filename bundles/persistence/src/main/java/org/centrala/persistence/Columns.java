package org.centrala.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;

/**
 * Reading columns the way {@link Database} writes them. Instants are stored as UTC wall-clock
 * time in plain TIMESTAMP columns, so that they mean the same on every node whatever its time
 * zone, and survive the hour that daylight saving time repeats.
 */
public final class Columns {
    private Columns() {
    }

    /** @return null for SQL NULL */
    public static Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column, utc());
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** Looked up once: TimeZone.getTimeZone takes a lock that every request's rows contended for. */
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    /** A new calendar per call: Calendar is mutable and JDBC drivers may use it as scratch space. */
    public static Calendar utc() {
        return Calendar.getInstance(UTC);
    }
}
