package org.centrala.tenancy.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.centrala.common.UnavailableException;
import org.centrala.persistence.Database;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.TenantService;
import org.centrala.tenancy.TenantStatus;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Erases every terminated tenant and reseller whose retention period is over (issue 9: terminated,
 * then after a retention period set per reseller its data erased). Checks every hour, and when it starts.
 */
@Component(service = DueErasures.class, immediate = true)
public class DueErasures {
    private static final Logger LOG = LoggerFactory.getLogger(DueErasures.class);
    private static final Duration EVERY = Duration.ofHours(1);

    private final Database db;
    private final TenantService tenants;
    private final ResellerService resellers;
    private final Clock clock;
    private ScheduledExecutorService timer;

    @Activate
    public DueErasures(@Reference TenancySchema schema, @Reference TenantService tenants, @Reference ResellerService resellers) {
        this(schema.database(), tenants, resellers, Clock.systemUTC());
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "centrala-due-erasures");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::eraseDueQuietly, 1, EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    /** Outside OSGi (tests): run {@link #eraseDue()} by hand. */
    DueErasures(Database db, TenantService tenants, ResellerService resellers, Clock clock) {
        this.db = db;
        this.tenants = tenants;
        this.resellers = resellers;
        this.clock = clock;
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdown(); // a run in progress ends on its own: an interrupt in Derby's I/O would stall Derby's shutdown
        }
    }

    /** @return how many tenants and resellers it erased */
    int eraseDue() {
        List<String> due = db.query("SELECT id FROM tenant WHERE status = ? AND erasable_at <= ? ORDER BY erasable_at",
                row -> row.getString(1).trim(), TenantStatus.TERMINATED.name(), clock.instant());
        int erased = eachOnItsOwn(due, tenants::erase, "tenant");
        List<String> dueResellers = db.query("SELECT id FROM reseller WHERE status = ? AND erasable_at <= ? ORDER BY erasable_at",
                row -> row.getString(1).trim(), TenantStatus.TERMINATED.name(), clock.instant());
        int erasedResellers = eachOnItsOwn(dueResellers, resellers::erase, "reseller");
        if (erased + erasedResellers > 0) {
            LOG.info("Erased {} terminated tenant(s) and {} reseller(s) whose retention period was over", erased, erasedResellers);
        }
        return erased + erasedResellers;
    }

    /** One that cannot be erased now does not hold back the others: it is tried again at the next run. */
    private static int eachOnItsOwn(List<String> ids, java.util.function.Consumer<String> erase, String what) {
        int erased = 0;
        for (String id : ids) {
            try {
                erase.accept(id);
                erased++;
            } catch (UnavailableException e) {
                LOG.debug("Erasing {} {} waits for the next run: {}", what, id, e.getMessage());
            } catch (org.centrala.common.DomainException e) {
                LOG.warn("The terminated {} {} could not be erased and is tried again in an hour: {}", what, id, e.getMessage());
            }
        }
        return erased;
    }

    private void eraseDueQuietly() {
        try {
            eraseDue();
        } catch (UnavailableException e) {
            // A concern that erases its part is being updated: the next run erases what is due.
            LOG.debug("Erasing terminated tenants waits for the next run: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Erasing terminated tenants failed; trying again in {}", EVERY, e);
        }
    }
}
