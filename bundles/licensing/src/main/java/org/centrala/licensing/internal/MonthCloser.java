package org.centrala.licensing.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.centrala.common.ConflictException;
import org.centrala.common.PageRequest;
import org.centrala.common.ServiceSlot;
import org.centrala.common.UnavailableException;
import org.centrala.licensing.BillingService;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes the previous month of every reseller that has not closed it itself, once the grace period
 * of {@code closeAfterDays} has passed (issue 9: a month is closed automatically after it ends plus
 * a grace period, or by the reseller). Checks every hour, and when it starts.
 */
@Component(configurationPid = "org.centrala.licensing", service = MonthCloser.class, immediate = true)
@Designate(ocd = BillingConfig.class)
public class MonthCloser {
    private static final Logger LOG = LoggerFactory.getLogger(MonthCloser.class);
    private static final Duration EVERY = Duration.ofHours(1);

    private final BillingService billing;
    /** Another concern's, bound dynamically: updating tenancy must not stop billing; a check waits for it. */
    private final ServiceSlot<ResellerService> resellersSlot = new ServiceSlot<>("Tenancy");
    private final ResellerService resellers = resellersSlot.proxy(ResellerService.class);
    private final Clock clock;
    private volatile int closeAfterDays;
    /** The last month every reseller's statements were closed for: the hourly runs after it have nothing to do. */
    private volatile YearMonth done;
    private ScheduledExecutorService timer;

    @Activate
    public MonthCloser(@Reference BillingService billing, BillingConfig config) {
        this(billing, null, Clock.systemUTC(), config.closeAfterDays());
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "centrala-month-closer");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::closeDueQuietly, 1, EVERY.toSeconds(), TimeUnit.SECONDS);
    }

    /** Outside OSGi (tests): run {@link #closeDue()} by hand. */
    MonthCloser(BillingService billing, ResellerService resellers, Clock clock, int closeAfterDays) {
        this.billing = billing;
        this.clock = clock;
        this.closeAfterDays = closeAfterDays;
        if (resellers != null) {
            resellersSlot.bind(resellers);
        }
    }

    @Modified
    void modified(BillingConfig config) {
        closeAfterDays = config.closeAfterDays();
    }

    @Deactivate
    void stop() {
        if (timer != null) {
            timer.shutdown(); // a run in progress ends on its own: an interrupt in Derby's I/O would stall Derby's shutdown
        }
    }

    /** @return how many resellers' months it closed */
    int closeDue() {
        if (closeAfterDays <= 0) {
            return 0;
        }
        Instant now = clock.instant();
        YearMonth previous = YearMonth.from(now.atZone(ZoneOffset.UTC)).minusMonths(1);
        if (previous.equals(done)) {
            return 0;
        }
        Instant due = previous.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).plus(Duration.ofDays(closeAfterDays));
        if (now.isBefore(due)) {
            return 0;
        }
        int closed = 0;
        for (int page = 0; ; page++) {
            List<Reseller> batch = resellers.list(new PageRequest(page, PageRequest.MAX_SIZE, "createdAt", null)).items();
            for (Reseller reseller : batch) {
                try {
                    billing.closeMonth(reseller.id(), previous);
                    closed++;
                } catch (ConflictException alreadyClosed) {
                    // The reseller closed it, or an earlier run did: nothing to do.
                }
            }
            if (batch.size() < PageRequest.MAX_SIZE) {
                break;
            }
        }
        done = previous; // a reseller that comes later has no tenant billed for that month
        if (closed > 0) {
            LOG.info("Closed {} for {} reseller(s), {} days after it ended", previous, closed, closeAfterDays);
        }
        return closed;
    }

    private void closeDueQuietly() {
        try {
            closeDue();
        } catch (UnavailableException e) {
            // Tenancy is being updated: the next run closes what is due.
            LOG.debug("Closing the previous month waits for the next run: {}", e.getMessage());
        } catch (RuntimeException e) {
            // Billing itself failed: said once per run, tried again at the next.
            LOG.error("Closing the previous month failed; trying again in {}", EVERY, e);
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindResellers(ResellerService service) {
        resellersSlot.bind(service);
    }

    void unbindResellers(ResellerService service) {
        resellersSlot.unbind(service);
    }
}
