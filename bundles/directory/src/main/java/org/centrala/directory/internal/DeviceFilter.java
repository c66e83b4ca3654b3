package org.centrala.directory.internal;

import java.util.ArrayList;
import java.util.List;
import org.centrala.directory.DeviceQuery;
import org.centrala.persistence.Sql;

/** The WHERE clause of a tenant's devices that match a {@link DeviceQuery}, with its parameters. */
final class DeviceFilter {
    final String where;
    final List<Object> params;

    private DeviceFilter(String where, List<Object> params) {
        this.where = where;
        this.params = params;
    }

    static DeviceFilter of(String tenantId, DeviceQuery query) {
        StringBuilder where = new StringBuilder(" WHERE tenant_id = ?");
        List<Object> params = new ArrayList<>(List.of(tenantId));
        if (query.ownerUserId() != null) {
            where.append(" AND owner_user_id = ?");
            params.add(query.ownerUserId());
        }
        if (query.kind() != null) {
            where.append(" AND kind = ?");
            params.add(query.kind().name());
        }
        if (query.text() != null) {
            String like = Sql.containing(query.text());
            where.append(" AND (LOWER(label) LIKE ? ESCAPE '\\' OR LOWER(sip_username) LIKE ? ESCAPE '\\'");
            params.add(like);
            params.add(like);
            // Like the users' q: a phone is found by a few of its digits, written in any of the usual ways.
            String digits = UserFilter.digits("q", query.text(), false);
            if (digits != null) {
                where.append(" OR mobile_number LIKE ? ESCAPE '\\'");
                params.add("%" + digits + "%");
            }
            where.append(")");
        }
        return new DeviceFilter(where.toString(), params);
    }
}
