package org.centrala.directory;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** R3: devices of a tenant, never more than 10 per pack bought. */
@ProviderType
public interface DeviceService {
    /** A device beyond 10 x packs is a {@link org.centrala.common.ConflictException} that states the limit. */
    NewDevice create(String tenantId, DeviceDraft draft);

    Device get(String tenantId, String id);

    default Device update(String tenantId, String id, DeviceDraft draft) {
        return update(tenantId, id, draft, null);
    }

    /**
     * As the update without a version, only if the device is still as it was at {@code expectedUpdatedAt}
     * (null: whatever it is now): the check and the write are one statement, so of two writes made
     * against the same version exactly one is applied.
     *
     * @throws org.centrala.common.StaleVersionException when it was changed since; nothing is written
     */
    Device update(String tenantId, String id, DeviceDraft draft, java.time.Instant expectedUpdatedAt);

    /** Refused (conflict) while a ring plan or a line uses the device. */
    void delete(String tenantId, String id);

    /** Sort keys: label (default), kind, createdAt. */
    default Page<Device> list(String tenantId, String ownerUserId, PageRequest request) {
        return list(tenantId, ownerUserId, null, request);
    }

    /**
     * The tenant's devices, optionally of one owner and of one kind.
     *
     * @param request sort keys: label (default), kind, createdAt
     */
    default Page<Device> list(String tenantId, String ownerUserId, DeviceKind kind, PageRequest request) {
        return find(tenantId, new DeviceQuery(null, ownerUserId, kind), request);
    }

    /**
     * The tenant's devices that match the query.
     *
     * @param request sort keys: label (default), kind, createdAt
     */
    Page<Device> find(String tenantId, DeviceQuery query, PageRequest request);
}
