package org.centrala.directory;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** R7, R18: access profiles of a tenant. */
@ProviderType
public interface AccessProfileService {
    AccessProfile create(String tenantId, AccessProfileDraft draft);

    AccessProfile get(String tenantId, String id);

    AccessProfile update(String tenantId, String id, AccessProfileDraft draft);

    /** Refused (conflict) while users have the profile. */
    void delete(String tenantId, String id);

    /** Sort keys: name (default), createdAt. */
    Page<AccessProfile> list(String tenantId, PageRequest request);
}
