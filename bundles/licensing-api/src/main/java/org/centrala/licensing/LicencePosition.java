package org.centrala.licensing;

import java.util.List;

/**
 * R13, R14: a tenant's licences of one channel: how many it has bought for this month, how many
 * are held now, and the changes scheduled from this month on.
 */
public record LicencePosition(String tenantId, String channel, int licences, int held, List<QuantityChange> changes) {
    public static String item(String channel) {
        return "licence:" + channel;
    }
}
