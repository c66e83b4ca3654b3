package org.centrala.licensing;

import java.util.List;

/**
 * R13, R14: a tenant's licences of one channel: how many it has bought for this month, how many
 * are held now, and the changes scheduled from this month on. {@code updatedAt} is when the
 * quantities were last set (their version, the ETag); null while none was ever bought.
 */
public record LicencePosition(String tenantId, String channel, int licences, int held, List<QuantityChange> changes,
                              java.time.Instant updatedAt) {
    public static String item(String channel) {
        return "licence:" + channel;
    }

    /** A position without a version (the form of version 3.1). */
    public LicencePosition(String tenantId, String channel, int licences, int held, List<QuantityChange> changes) {
        this(tenantId, channel, licences, held, changes, null);
    }
}
