package org.centrala.statistics.internal;

import java.sql.Timestamp;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.centrala.common.ValidationException;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Each tenant's time zone for its days, hours and months: its own setting, else the node's
 * default. Read for every fact counted, so kept in memory and dropped when it changes.
 */
@Component(service = TimeZones.class, configurationPid = StatisticsConfig.PID)
@Designate(ocd = StatisticsConfig.class)
public class TimeZones {
    private final Database db;
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();
    private volatile ZoneId fallback;

    @Activate
    public TimeZones(@Reference StatisticsSchema schema, StatisticsConfig config) {
        this(schema.database(), config.defaultTimeZone());
    }

    TimeZones(Database db, String defaultZone) {
        this.db = db;
        this.fallback = parse("defaultTimeZone", defaultZone);
    }

    @Modified
    void modified(StatisticsConfig config) {
        fallback = parse("defaultTimeZone", config.defaultTimeZone());
        zones.clear();
    }

    ZoneId of(String tenantId) {
        return zones.computeIfAbsent(tenantId, id -> db.queryOne("SELECT time_zone FROM stat_settings WHERE tenant_id = ?",
                r -> ZoneId.of(r.getString(1).trim()), id).orElse(fallback));
    }

    /** When the tenant's own zone was set (its version), or null when it has none. */
    java.time.Instant updatedAt(String tenantId) {
        return db.queryOne("SELECT updated_at FROM stat_settings WHERE tenant_id = ?", r -> r.getTimestamp(1).toInstant(), tenantId).orElse(null);
    }

    /**
     * Keeps the tenant's zone, in the caller's transaction; null: the node's default again. With
     * {@code expectedUpdatedAt}, only if the stored zone is still that version (checked by the DELETE).
     */
    void set(String tenantId, ZoneId zone, java.time.Instant at, java.time.Instant expectedUpdatedAt) {
        int deleted = db.update("DELETE FROM stat_settings WHERE tenant_id = ?" + org.centrala.persistence.Sql.versionCheck(expectedUpdatedAt),
                org.centrala.persistence.Sql.withVersion(expectedUpdatedAt, tenantId));
        if (expectedUpdatedAt != null && deleted == 0) {
            throw org.centrala.common.StaleVersionException.changedMeanwhile("the statistics settings of tenant '" + tenantId + "'");
        }
        if (zone != null) {
            db.update("INSERT INTO stat_settings (tenant_id, time_zone, updated_at) VALUES (?, ?, ?)", tenantId, zone.getId(),
                    Timestamp.from(at));
        }
        zones.remove(tenantId);
    }

    void forget(String tenantId) {
        zones.remove(tenantId);
    }

    /** An IANA zone name (Europe/Belgrade, UTC); anything else is a 400 naming the field. */
    static ZoneId parse(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(field, "is required: an IANA time zone such as Europe/Belgrade");
        }
        ZoneId zone;
        try {
            zone = ZoneId.of(name.strip());
        } catch (DateTimeException e) {
            throw new ValidationException(field, "'" + name.strip() + "' is not a time zone; use an IANA name such as Europe/Belgrade");
        }
        if (zone instanceof java.time.ZoneOffset offset && offset.getTotalSeconds() % 900 != 0) {
            throw new ValidationException(field, "an offset must be whole quarters of an hour, as every time zone's is");
        }
        return zone;
    }
}
