package org.centrala.directory;

import java.time.Instant;

/**
 * R3: a device of a tenant. SIP devices have a generated SIP username (their secret is returned
 * once, by {@link DeviceService#create}); mobile phones have an E.164 number.
 */
public record Device(String id, String tenantId, DeviceKind kind, String label, String ownerUserId,
                     String sipUsername, String mobileNumber, Instant createdAt, Instant updatedAt) {
}
