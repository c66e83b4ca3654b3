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

    @Override
    public List<PbxAccount> all() {
        return db.query("SELECT tenant_id, host, ami_port, ami_user, ami_secret, agi_context FROM tenant_pbx"
                        + " ORDER BY tenant_id",
                rs -> new PbxAccount(rs.getString(1).trim(), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)));
    }
}
