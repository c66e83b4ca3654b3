package org.centrala.directory;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** R7, R18: access profiles of a tenant. */
@ProviderType
public interface AccessProfileService {
    AccessProfile create(String tenantId, AccessProfileDraft draft);

    AccessProfile get(String tenantId, String id);

    default AccessProfile update(String tenantId, String id, AccessProfileDraft draft) {
        return update(tenantId, id, draft, null);
    }

    /**
     * As the update without a version, only if the access profile is still as it was at {@code expectedUpdatedAt}
     * (null: whatever it is now): the check and the write are one statement, so of two writes made
     * against the same version exactly one is applied.
     *
     * @throws org.centrala.common.StaleVersionException when it was changed since; nothing is written
     */
    AccessProfile update(String tenantId, String id, AccessProfileDraft draft, java.time.Instant expectedUpdatedAt);

    /** Refused (conflict) while users have the profile. */
    void delete(String tenantId, String id);

    /** Sort keys: name (default), createdAt. */
    Page<AccessProfile> list(String tenantId, PageRequest request);
}
