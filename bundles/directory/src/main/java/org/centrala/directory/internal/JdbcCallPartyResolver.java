package org.centrala.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.centrala.directory.CallParty;
import org.centrala.directory.CallPartyResolver;
import org.centrala.directory.UserType;
import org.centrala.persistence.Database;
import org.centrala.persistence.Sql;
import org.centrala.persistence.RowMapper;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * One query per lookup: the device, its owner, or the user holding the line built on the device
 * (R11). Users who left are not attributed: their devices' calls carry the device only.
 */
@Component(service = CallPartyResolver.class)
public class JdbcCallPartyResolver implements CallPartyResolver {
    private static final String SELECT = "SELECT d.tenant_id, d.id, u.id, u.user_type, u.department_id"
            + " FROM device d"
            + " LEFT JOIN line l ON l.device_id = d.id"
            + " LEFT JOIN line_session s ON s.line_id = l.id"
            + " LEFT JOIN directory_user u ON u.id = COALESCE(s.user_id, d.owner_user_id) AND u.left_at IS NULL";
    private static final RowMapper<CallParty> PARTY = rs -> new CallParty(rs.getString(1).trim(),
            rs.getString(2).trim(), rs.getString(3) == null ? null : rs.getString(3).trim(),
            rs.getString(4) == null ? null : UserType.valueOf(rs.getString(4)),
            rs.getString(5) == null ? null : rs.getString(5).trim());

    private final Database db;

    @Activate
    public JdbcCallPartyResolver(@Reference DirectorySchema schema) {
        this.db = schema.database();
    }

    @Override
    public Optional<CallParty> bySipUsername(String sipUsername) {
        if (sipUsername == null || sipUsername.isEmpty()) {
            return Optional.empty();
        }
        return db.queryOne(SELECT + " WHERE d.sip_username = ?", PARTY, sipUsername);
    }

    @Override
    public Optional<CallParty> byMobileNumber(Collection<String> tenantIds, String e164Number) {
        if (tenantIds.isEmpty() || e164Number == null || e164Number.isEmpty()) {
            return Optional.empty();
        }
        List<Object> params = new ArrayList<>();
        params.add(e164Number);
        params.addAll(tenantIds);
        String in = Sql.placeholders(tenantIds.size());
        List<CallParty> found = db.query(SELECT + " WHERE d.mobile_number = ? AND d.tenant_id IN (" + in + ")"
                + " ORDER BY d.created_at", PARTY, params.toArray());
        return found.stream().findFirst();
    }
}
