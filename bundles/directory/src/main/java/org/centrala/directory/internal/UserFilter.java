package org.centrala.directory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.centrala.common.ValidationException;
import org.centrala.directory.UserQuery;
import org.centrala.persistence.Sql;

/** The WHERE clause of a tenant's users that match a {@link UserQuery}, with its parameters. */
final class UserFilter {
    /** Fewer digits than this would match half the phone book. */
    private static final int MIN_PHONE_DIGITS = 4;

    final String where;
    final List<Object> params;

    private UserFilter(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    static UserFilter of(String tenantId, UserQuery query) {
        StringBuilder where = new StringBuilder(" WHERE u.tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        if (query.departmentId() != null) {
            where.append(" AND u.department_id = ?");
            params.add(query.departmentId());
        }
        switch (query.left()) {
            case NO -> where.append(" AND u.left_at IS NULL");
            case YES -> where.append(" AND u.left_at IS NOT NULL");
            case ANY -> { }
        }
        if (query.type() != null) {
            where.append(" AND u.user_type = ?");
            params.add(query.type().name());
        }
        if (query.role() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = ?)");
            params.add(query.role().name());
        }
        if (query.username() != null) {
            where.append(" AND LOWER(u.username) = ?");
            params.add(query.username().toLowerCase(Locale.ROOT));
        }
        if (query.email() != null) {
            where.append(" AND LOWER(u.email) = ?");
            params.add(query.email().toLowerCase(Locale.ROOT));
        }
        if (query.extension() != null) {
            if (!query.extension().matches("\\d{1,10}")) {
                throw new ValidationException("extension", "must be the digits of an extension, such as 201");
            }
            where.append(" AND u.extension = ?");
            params.add(query.extension());
        }
        if (query.phoneNumber() != null) {
            String digits = digits("phoneNumber", query.phoneNumber(), true);
            where.append(" AND EXISTS (SELECT 1 FROM device d WHERE d.owner_user_id = u.id AND d.mobile_number LIKE ? ESCAPE '\\')");
            params.add("%" + digits);
        }
        if (query.text() != null) {
            String like = Sql.containing(query.text());
            where.append(" AND (LOWER(u.display_name) LIKE ? ESCAPE '\\' OR LOWER(u.username) LIKE ? ESCAPE '\\'"
                    + " OR LOWER(u.email) LIKE ? ESCAPE '\\'");
            params.add(like);
            params.add(like);
            params.add(like);
            // An extension is found by all its digits, however short (201); a phone number by at least a few of them.
            if (query.text().strip().matches("\\d+")) {
                where.append(" OR u.extension = ?");
                params.add(query.text().strip());
            }
            String digits = digits("q", query.text(), false);
            if (digits != null) {
                where.append(" OR EXISTS (SELECT 1 FROM device d WHERE d.owner_user_id = u.id AND d.mobile_number LIKE ? ESCAPE '\\')");
                params.add("%" + digits + "%");
            }
            where.append(")");
        }
        return new UserFilter(where.toString(), params);
    }

    /**
     * The digits a stored E.164 number must end with (or contain): without separators, a leading
     * {@code +}, {@code 00} or national {@code 0}, so that {@code +381 64 123}, {@code 0038164123}
     * and {@code 064123} find the same phone. Null if the text is not a phone number.
     */
    static String digits(String field, String text, boolean required) {
        String stripped = text.replaceAll("[\\s()./-]", "");
        if (!stripped.matches("\\+?\\d+")) {
            if (required) {
                throw new ValidationException(field, "must be a phone number (digits, optionally with +, spaces, dashes or dots)");
            }
            return null;
        }
        String digits = stripped.replaceFirst("^\\+", "").replaceFirst("^0+", "");
        if (digits.length() < MIN_PHONE_DIGITS) {
            if (required) {
                throw new ValidationException(field, "needs at least " + MIN_PHONE_DIGITS + " digits");
            }
            return null;
        }
        return digits;
    }
}
