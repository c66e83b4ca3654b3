package org.centrala.persistence;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

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

    /**
     * What a reader may see of a tenant's rows about its users (call records, recordings), by their
     * {@code user_type} and {@code department_id} columns: with {@code contactCentreOnly}, contact-centre
     * users' rows only (R6: back-office users' and nobody's are for administrators); with
     * {@code departmentIds} (null: any), those departments' only, none when it is empty (R18). Appends
     * the conditions to {@code where} and their values to {@code params}.
     */
    public static void readerScope(StringBuilder where, List<Object> params, Collection<String> departmentIds,
                                   boolean contactCentreOnly) {
        if (contactCentreOnly) {
            where.append(" AND user_type = 'CONTACT_CENTRE'");
        }
        if (departmentIds != null) {
            if (departmentIds.isEmpty()) {
                where.append(" AND 1 = 0");
            } else {
                where.append(" AND department_id IN (").append(placeholders(departmentIds.size())).append(")");
                params.addAll(departmentIds);
            }
        }
    }

    /**
     * A {@code LIKE ? ESCAPE '\\'} pattern that finds the text anywhere, lower-cased (compare it with
     * {@code LOWER(column)}): the text's own {@code %}, {@code _} and {@code \\} are plain characters.
     */
    public static String containing(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /**
     * Optimistic locking in the write itself (issue 9): {@code " AND updated_at = ?"} when a version
     * is expected, nothing otherwise. An UPDATE with it changes the row only if nobody changed it
     * since it was read, whatever runs meanwhile, on this node or another.
     */
    public static String versionCheck(java.time.Instant expectedUpdatedAt) {
        return expectedUpdatedAt == null ? "" : " AND updated_at = ?";
    }

    /**
     * The version a write gives its record: now, or just after the version it was made against when
     * the clock has not moved past it (two writes within one millisecond, a test's fixed clock), so
     * that a write against a version always leaves a different one.
     */
    public static java.time.Instant nextVersion(java.time.Instant now, java.time.Instant expectedUpdatedAt) {
        return expectedUpdatedAt != null && !now.isAfter(expectedUpdatedAt) ? expectedUpdatedAt.plusMillis(1) : now;
    }

    /** The statement's parameters, followed by the expected version when there is one (see {@link #versionCheck}). */
    public static Object[] withVersion(java.time.Instant expectedUpdatedAt, Object... params) {
        if (expectedUpdatedAt == null) {
            return params;
        }
        Object[] all = java.util.Arrays.copyOf(params, params.length + 1);
        all[params.length] = expectedUpdatedAt;
        return all;
    }
}
