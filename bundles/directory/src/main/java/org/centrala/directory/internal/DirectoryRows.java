package org.centrala.directory.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.centrala.directory.Device;
import org.centrala.directory.DeviceKind;
import org.centrala.persistence.Columns;

/** Column lists, row mappers and small conversions of the directory tables. */
final class DirectoryRows {
    static final String DEVICE_COLUMNS = "id, tenant_id, kind, label, owner_user_id, sip_username, mobile_number, created_at, updated_at";

    private DirectoryRows() {
    }

    static Device device(ResultSet row) throws SQLException {
        return new Device(id(row, 1), id(row, 2), DeviceKind.valueOf(row.getString(3)), row.getString(4), id(row, 5),
                row.getString(6), row.getString(7), instant(row, 8), instant(row, 9));
    }

    /** CHAR(36) columns come back padded on some databases; ids never have blanks. */
    static String id(ResultSet row, int column) throws SQLException {
        String value = row.getString(column);
        return value == null ? null : value.trim();
    }

    static Instant instant(ResultSet row, int column) throws SQLException {
        return Columns.instant(row, column);
    }

    static String joined(Set<String> values) {
        return new TreeSet<>(values).stream().collect(Collectors.joining(","));
    }

    static Set<String> split(String joined) {
        return joined == null || joined.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(joined.split(",")));
    }
}
