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

    Device update(String tenantId, String id, DeviceDraft draft);

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
