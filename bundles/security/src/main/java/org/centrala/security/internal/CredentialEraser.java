package org.centrala.security.internal;

import org.centrala.directory.UserDataEraser;
import org.centrala.persistence.Database;
import org.centrala.tenancy.ResellerDataEraser;
import org.centrala.tenancy.TenantDataEraser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Issue 9: an erased user, every user of an erased tenant, or every administrator of an erased
 * reseller loses its password hash and its API tokens.
 */
@Component(property = TenantDataEraser.CONCERN + "=security")
public class CredentialEraser implements UserDataEraser, TenantDataEraser, ResellerDataEraser {
    private static final String CREDENTIALS_OF_TENANT = "SELECT c.id FROM credential c JOIN directory_user u ON u.id = c.user_id WHERE u.tenant_id = ?";

    private final Database db;

    @Activate
    public CredentialEraser(@Reference SecuritySchema schema) {
        this.db = schema.database();
    }

    @Override
    public void eraseUser(String tenantId, String userId) {
        db.update("DELETE FROM api_token WHERE credential_id IN (SELECT id FROM credential WHERE user_id = ?)", userId);
        db.update("DELETE FROM credential WHERE user_id = ?", userId);
    }

    @Override
    public void eraseReseller(String resellerId) {
        db.update("DELETE FROM api_token WHERE credential_id IN (SELECT id FROM credential WHERE reseller_id = ?)", resellerId);
        db.update("DELETE FROM credential WHERE reseller_id = ?", resellerId);
    }

    @Override
    public void eraseTenant(String tenantId) {
        db.update("DELETE FROM api_token WHERE credential_id IN (" + CREDENTIALS_OF_TENANT + ")", tenantId);
        db.update("DELETE FROM credential WHERE id IN (" + CREDENTIALS_OF_TENANT + ")", tenantId);
    }
}
