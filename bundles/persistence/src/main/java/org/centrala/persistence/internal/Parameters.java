package org.centrala.persistence.internal;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

import org.centrala.persistence.Columns;

/** Binds Java values to statement parameters in a way both Derby and PostgreSQL accept. */
final class Parameters {
    private Parameters() {
    }

    static void bind(PreparedStatement statement, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            Object value = params[i];
            int index = i + 1;
            if (value == null) {
                // Derby refuses setObject(i, null): it needs the column's SQL type.
                statement.setNull(index, parameterType(statement, index));
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(index, Timestamp.from(instant), Columns.utc());
            } else if (value instanceof Enum<?> constant) {
                statement.setString(index, constant.name());
            } else {
                statement.setObject(index, value);
            }
        }
    }

    private static int parameterType(PreparedStatement statement, int index) {
        try {
            return statement.getParameterMetaData().getParameterType(index);
        } catch (SQLException e) {
            return Types.VARCHAR;
        }
    }
}
