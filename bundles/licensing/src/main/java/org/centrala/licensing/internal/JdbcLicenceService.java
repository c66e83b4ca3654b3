package org.centrala.licensing.internal;

import java.time.Clock;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.centrala.audit.AuditLog;
import org.centrala.audit.AuditEvent;
import org.centrala.common.ConflictException;
import org.centrala.licensing.Channel;
import org.centrala.licensing.ChannelCatalog;
import org.centrala.licensing.LicencePosition;
import org.centrala.licensing.LicenceService;
import org.centrala.persistence.Database;
import org.centrala.persistence.Sql;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * R13-R15: licences per channel and month, and their holders. Every change and every acquisition
 * of a tenant's channel first takes that channel's row lock, then counts: so no interleaving of
 * concurrent requests can exceed the licences bought (R14).
 */
@Component(service = LicenceService.class)
public class JdbcLicenceService implements LicenceService {
    private final Database db;
    private final Clock clock;
    private final Subscriptions subscriptions;
    private final ChannelCatalog channels;
    private final AuditLog audit;

    @Activate
    public JdbcLicenceService(@Reference LicensingSchema schema, @Reference ChannelCatalog channels) {
        this.db = schema.database();
        this.clock = schema.clock();
        this.subscriptions = new Subscriptions(db);
        this.channels = channels;
        this.audit = schema.audit();
    }

    @Override
    public List<LicencePosition> positions(String tenantId) {
        return db.inTransaction(() -> {
            subscriptions.requireTenant(tenantId);
            Set<String> ids = new LinkedHashSet<>();
            channels.channels().forEach(c -> ids.add(c.id()));
            ids.addAll(channelsWithHistory(tenantId));
            List<LicencePosition> positions = new ArrayList<>();
            for (String channel : ids) {
                positions.add(read(tenantId, channel));
            }
            return positions;
        });
    }

    @Override
    public LicencePosition position(String tenantId, String channel) {
        return db.inTransaction(() -> {
            subscriptions.requireTenant(tenantId);
            if (!channelsWithHistory(tenantId).contains(channel)) {
                channels.require(channel);
            }
            return read(tenantId, channel);
        });
    }

    @Override
    public LicencePosition set(String tenantId, String channel, YearMonth fromMonth, int quantity, java.time.Instant expectedUpdatedAt) {
        Subscriptions.validQuantity("quantity", quantity);
        YearMonth current = YearMonth.now(clock);
        YearMonth from = Subscriptions.validFromMonth(fromMonth, current);
        Channel known = channels.require(channel);
        subscriptions.ensureLock(tenantId, LicencePosition.item(known.id()));
        return db.inTransaction(() -> {
            subscriptions.lock(tenantId, LicencePosition.item(known.id()));
            java.time.Instant version = subscriptions.nextVersion(tenantId, LicencePosition.item(known.id()), expectedUpdatedAt, clock.instant(),
                    "the " + known.id() + " licences of tenant '" + tenantId + "'");
            int held = held(tenantId, known.id());
            if (quantity < held) {
                throw new ConflictException(held + " user(s) hold a " + known.id() + " licence, more than " + quantity
                        + "; take the channel from " + (held - quantity) + " user(s) before lowering the licences (R14, R15)");
            }
            subscriptions.set(tenantId, LicencePosition.item(known.id()), from, quantity, current, version);
            audit.record(AuditEvent.ofTenant(tenantId, "licences.set", "licences:" + known.id())
                    .with(java.util.Map.of("quantity", quantity, "fromMonth", from)));
            return read(tenantId, known.id());
        });
    }

    @Override
    public void acquire(String tenantId, String channel, String holderId) {
        Channel known = channels.require(channel);
        YearMonth current = YearMonth.now(clock);
        db.inTransaction(() -> {
            subscriptions.requireTenant(tenantId);
            String item = LicencePosition.item(known.id());
            // Without a lock row the tenant never bought this channel: nothing to hold, nothing to race for.
            boolean bought = subscriptions.lock(tenantId, item);
            if (bought && holds(tenantId, known.id(), holderId)) {
                return null;
            }
            int allowed = bought ? subscriptions.lowestFrom(tenantId, item, current) : 0;
            int held = held(tenantId, known.id());
            if (held >= allowed) {
                throw new ConflictException("no free " + known.id() + " licence: the tenant has " + allowed + " for " + current
                        + (allowed < subscriptions.quantityAt(tenantId, item, current) ? " (counting a lower quantity scheduled for a later month)" : "")
                        + " and " + held + " are held; buy more " + known.id() + " licences, or take the channel from another user (R14)");
            }
            db.update("INSERT INTO licence_holding (id, tenant_id, channel, holder_id, held_from, held_until) VALUES (?, ?, ?, ?, ?, NULL)",
                    UUID.randomUUID().toString(), tenantId, known.id(), holderId, clock.instant());
            return null;
        });
    }

    @Override
    public boolean release(String tenantId, String channel, String holderId) {
        return db.inTransaction(() -> {
            if (!subscriptions.lock(tenantId, LicencePosition.item(channel))) {
                return false;
            }
            return db.update("UPDATE licence_holding SET held_until = ? WHERE tenant_id = ? AND channel = ? AND holder_id = ? AND held_until IS NULL",
                    clock.instant(), tenantId, channel, holderId) > 0;
        });
    }

    @Override
    public void releaseAll(String tenantId, String holderId) {
        db.inTransaction(() -> {
            for (String channel : channelsHeld(tenantId, holderId)) {
                release(tenantId, channel, holderId);
            }
            return null;
        });
    }

    @Override
    public Set<String> channelsHeld(String tenantId, String holderId) {
        return new TreeSet<>(db.query("SELECT channel FROM licence_holding WHERE tenant_id = ? AND holder_id = ? AND held_until IS NULL",
                row -> row.getString(1), tenantId, holderId));
    }

    @Override
    public Map<String, Set<String>> channelsHeld(String tenantId, Collection<String> holderIds) {
        Map<String, Set<String>> held = new HashMap<>();
        holderIds.forEach(id -> held.put(id, new TreeSet<>()));
        if (holderIds.isEmpty()) {
            return held;
        }
        List<Object> params = new ArrayList<>(holderIds);
        params.add(tenantId);
        String marks = Sql.placeholders(holderIds.size());
        // The IN list leads an index of its own (V2), so each holder is probed, not each holding compared.
        db.query("SELECT holder_id, channel FROM licence_holding WHERE holder_id IN (" + marks + ") AND tenant_id = ? AND held_until IS NULL",
                row -> Map.entry(row.getString(1), row.getString(2)), params.toArray())
                .forEach(entry -> held.computeIfAbsent(entry.getKey(), id -> new TreeSet<>()).add(entry.getValue()));
        return held;
    }

    private LicencePosition read(String tenantId, String channel) {
        YearMonth current = YearMonth.now(clock);
        String item = LicencePosition.item(channel);
        return new LicencePosition(tenantId, channel, subscriptions.quantityAt(tenantId, item, current), held(tenantId, channel),
                subscriptions.changesFrom(tenantId, item, current), subscriptions.version(tenantId, item));
    }

    private int held(String tenantId, String channel) {
        return (int) db.count("SELECT COUNT(*) FROM licence_holding WHERE tenant_id = ? AND channel = ? AND held_until IS NULL", tenantId, channel);
    }

    private boolean holds(String tenantId, String channel, String holderId) {
        return db.count("SELECT COUNT(*) FROM licence_holding WHERE tenant_id = ? AND channel = ? AND holder_id = ? AND held_until IS NULL",
                tenantId, channel, holderId) > 0;
    }

    /** Channels the tenant bought or held, including those of plugins that are gone. */
    private Set<String> channelsWithHistory(String tenantId) {
        Set<String> ids = new TreeSet<>(db.query("SELECT DISTINCT channel FROM licence_holding WHERE tenant_id = ?", row -> row.getString(1), tenantId));
        db.query("SELECT DISTINCT item FROM subscription WHERE tenant_id = ?", row -> row.getString(1), tenantId).stream()
                .filter(item -> item.startsWith("licence:"))
                .forEach(item -> ids.add(item.substring("licence:".length())));
        return ids;
    }

}
