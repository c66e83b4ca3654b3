package org.centrala.licensing;

import java.time.YearMonth;
import java.util.List;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * R13-R16: contact-centre licences per tenant, channel and month, and who holds them. A tenant
 * never has more holders of a channel than licences for it, however many requests race (R14).
 * Holders are opaque ids (the directory's users); free roles hold nothing (R16).
 */
@ProviderType
public interface LicenceService {
    List<LicencePosition> positions(String tenantId);

    LicencePosition position(String tenantId, String channel);

    /**
     * Buys or removes licences from a month on (this month or later). A quantity below the
     * current holders is a {@link org.centrala.common.ConflictException}: free licences first (R15).
     */
    default LicencePosition set(String tenantId, String channel, YearMonth fromMonth, int quantity) {
        return set(tenantId, channel, fromMonth, quantity, null);
    }

    /**
     * As {@link #set(String, String, YearMonth, int)}, only if the channel's quantities are still at
     * {@code expectedUpdatedAt} (null: whatever they are); checked under the channel's lock.
     *
     * @throws org.centrala.common.StaleVersionException when they were changed since; nothing is written
     */
    LicencePosition set(String tenantId, String channel, YearMonth fromMonth, int quantity, java.time.Instant expectedUpdatedAt);

    /**
     * Gives one licence of the channel to the holder; idempotent. When all licences are held,
     * a {@link org.centrala.common.ConflictException} says so and how to buy more.
     */
    void acquire(String tenantId, String channel, String holderId);

    /** @return false if the holder held no licence of that channel */
    boolean release(String tenantId, String channel, String holderId);

    /** R15: a user who leaves frees every licence it held. */
    void releaseAll(String tenantId, String holderId);

    Set<String> channelsHeld(String tenantId, String holderId);

    /**
     * The channels each of the holders holds, in one query (for lists of users): every holder
     * asked for is a key, with an empty set if it holds nothing.
     */
    Map<String, Set<String>> channelsHeld(String tenantId, Collection<String> holderIds);
}
