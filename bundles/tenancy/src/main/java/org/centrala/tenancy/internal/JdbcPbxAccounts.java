package org.centrala.tenancy.internal;

import java.util.List;

import org.centrala.persistence.Database;
import org.centrala.tenancy.PbxAccount;
import org.centrala.tenancy.PbxAccounts;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PbxAccounts.class)
public class JdbcPbxAccounts implements PbxAccounts {
    private final Database db;

    @Activate
    public JdbcPbxAccounts(@Reference TenancySchema schema) {
        this.db = schema.database();
    }

    // A suspended tenant's PBX is not linked (issue 9): its link stops with the next refresh.
    private static final String ACTIVE = "SELECT p.tenant_id, p.host, p.ami_port, p.ami_user, p.ami_secret, p.agi_context, p.trunk"
            + " FROM tenant_pbx p JOIN tenant t ON t.id = p.tenant_id JOIN reseller r ON r.id = t.reseller_id"
            + " WHERE t.status = 'ACTIVE' AND r.status = 'ACTIVE'";

    @Override
    public List<PbxAccount> all() {
        // Oldest tenant first: on a shared Asterisk, its secret is the link's (see PbxAccounts).
        return db.query(ACTIVE + " ORDER BY t.created_at, t.id", JdbcPbxAccounts::account);
    }

    @Override
    public List<PbxAccount> byContext(String context) {
        return db.query(ACTIVE + " AND p.agi_context = ? ORDER BY t.created_at, t.id", JdbcPbxAccounts::account, context);
    }

    private static PbxAccount account(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new PbxAccount(rs.getString(1).trim(), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7));
    }
}
