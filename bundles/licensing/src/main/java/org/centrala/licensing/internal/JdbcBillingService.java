package org.centrala.licensing.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.FieldError;
import org.centrala.common.NotFoundException;
import org.centrala.common.ServiceSlot;
import org.centrala.common.ValidationException;
import org.centrala.common.Validator;
import org.centrala.licensing.BillingCorrection;
import org.centrala.licensing.BillingLine;
import org.centrala.licensing.BillingService;
import org.centrala.licensing.BillingStatement;
import org.centrala.licensing.Channel;
import org.centrala.licensing.ChannelCatalog;
import org.centrala.licensing.CorrectionDraft;
import org.centrala.licensing.DevicePacks;
import org.centrala.licensing.LicencePosition;
import org.centrala.licensing.Price;
import org.centrala.licensing.PriceList;
import org.centrala.persistence.Columns;
import org.centrala.persistence.Database;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantMonth;
import org.centrala.tenancy.TenantService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * R17: monthly statements. Months are calendar months in UTC. The PBX is billed once per month
 * (R2), device packs at the highest quantity in effect during the month (R3), and each channel at
 * the peak number of licences held at any moment of the month (R13, R14).
 */
@Component(service = BillingService.class)
public class JdbcBillingService implements BillingService {
    private static final String LICENCE_PREFIX = "licence:";

    private final Database db;
    private final java.time.Clock clock;
    private final ClosedMonths closed;
    private final PriceLists priceLists;
    private final Corrections corrections;
    private final Subscriptions subscriptions;
    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<TenantService> tenantsSlot = new ServiceSlot<>("Tenancy");
    private final TenantService tenants = tenantsSlot.proxy(TenantService.class);
    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<ResellerService> resellersSlot = new ServiceSlot<>("Tenancy");
    private final ResellerService resellers = resellersSlot.proxy(ResellerService.class);
    private final ChannelCatalog channels;
    private final AuditLog audit;

    @Activate
    public JdbcBillingService(@Reference LicensingSchema schema, @Reference ChannelCatalog channels) {
        this.db = schema.database();
        this.subscriptions = new Subscriptions(db);
        this.channels = channels;
        this.audit = schema.audit();
        this.clock = schema.clock();
        this.closed = new ClosedMonths(db);
        this.priceLists = new PriceLists(db);
        this.corrections = new Corrections(db);
    }

    /** Outside OSGi (tests): every service given at once. */
    public JdbcBillingService(LicensingSchema schema, TenantService tenants, ResellerService resellers, ChannelCatalog channels) {
        this(schema, channels);
        tenantsSlot.bind(tenants);
        resellersSlot.bind(resellers);
    }

    @Override
    public PriceList prices(String resellerId, YearMonth month) {
        return db.inTransaction(() -> {
            resellers.get(resellerId);
            return priceLists.inEffect(resellerId, month == null ? runningMonth() : month);
        });
    }

    @Override
    public List<PriceList> priceLists(String resellerId) {
        return db.inTransaction(() -> {
            resellers.get(resellerId);
            return priceLists.all(resellerId);
        });
    }

    @Override
    public PriceList setPrices(String resellerId, PriceList list, Instant expectedUpdatedAt) {
        validate(list);
        YearMonth from = list.fromMonth() == null ? runningMonth() : list.fromMonth();
        return db.inTransaction(() -> {
            resellers.get(resellerId);
            // Price changes are rare: one at a time on the node (and across nodes, on the shared database),
            // so that the version read below is still the one in effect when the new list is written.
            db.update("LOCK TABLE price_list IN EXCLUSIVE MODE");
            Instant inEffect = priceLists.inEffect(resellerId, from).updatedAt();
            if (expectedUpdatedAt != null && !expectedUpdatedAt.equals(inEffect)) {
                throw org.centrala.common.StaleVersionException.changedMeanwhile("the price list of reseller '" + resellerId + "' in effect in " + from);
            }
            if (closed.isClosed(resellerId, from)) {
                throw new ConflictException(from + " is closed and stays as invoiced; set prices from an open month, and correct a closed"
                        + " one with a correction on an open month (POST /api/v1/resellers/" + resellerId + "/billing/{month}/corrections)");
            }
            priceLists.set(resellerId, from, list, org.centrala.persistence.Sql.nextVersion(clock.instant(), inEffect));
            audit.record(AuditEvent.ofReseller(resellerId, "prices.set", "prices")
                    .with(Map.of("currency", list.currency(), "items", list.prices().size(), "fromMonth", from.toString())));
            return priceLists.inEffect(resellerId, from);
        });
    }

    @Override
    public BillingCorrection addCorrection(String resellerId, YearMonth month, CorrectionDraft draft) {
        requireMonth(month);
        validate(draft);
        return db.inTransaction(() -> {
            resellers.get(resellerId);
            requireOpen(resellerId, month);
            TenantMonth billing = tenants.month(draft.tenantId(), month);
            if (!resellerId.equals(billing.resellerId()) && !resellerId.equals(billing.tenant().resellerId())) {
                throw new NotFoundException("Tenant", draft.tenantId()); // R1: another reseller's tenant is not named, not even as a conflict
            }
            if (!resellerId.equals(billing.resellerId())) {
                throw new ConflictException("the reseller does not bill tenant '" + billing.tenant().name() + "' for " + month
                        + "; add the correction to a month it bills the tenant for");
            }
            BillingCorrection correction = new BillingCorrection(UUID.randomUUID().toString(), resellerId, draft.tenantId(), month,
                    draft.refersTo(), draft.description().strip(), draft.amount().setScale(2, RoundingMode.HALF_UP),
                    clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
            corrections.add(correction);
            audit.record(AuditEvent.ofReseller(resellerId, "billing.correction-added", "billing-correction:" + correction.id())
                    .with(Map.of("tenantId", draft.tenantId(), "month", month.toString(), "amount", correction.amount().toPlainString(),
                            "refersTo", String.valueOf(draft.refersTo()))));
            return correction;
        });
    }

    @Override
    public void deleteCorrection(String resellerId, YearMonth month, String correctionId) {
        requireMonth(month);
        db.inTransaction(() -> {
            resellers.get(resellerId);
            requireOpen(resellerId, month);
            if (!corrections.delete(resellerId, month, correctionId)) {
                throw new NotFoundException("Billing correction", correctionId);
            }
            audit.record(AuditEvent.ofReseller(resellerId, "billing.correction-deleted", "billing-correction:" + correctionId)
                    .with(Map.of("month", month.toString())));
            return null;
        });
    }

    private void requireOpen(String resellerId, YearMonth month) {
        if (closed.isClosed(resellerId, month)) {
            throw new ConflictException(month + " is closed and stays as invoiced; add the correction to an open month, with refersTo " + month);
        }
    }

    private YearMonth runningMonth() {
        return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    }

    @Override
    public BillingStatement statement(String tenantId, YearMonth month) {
        requireMonth(month);
        return db.inTransaction(() -> {
            TenantMonth billing = tenants.month(tenantId, month);
            Tenant tenant = billing.tenant();
            if (billing.resellerId() != null && !billing.resellerId().equals(tenant.resellerId())) {
                // Issue 9: it moved since. That month is its former reseller's to invoice, at that reseller's prices.
                throw new ConflictException("tenant '" + tenant.name() + "' was billed for " + month + " by the reseller it had then;"
                        + " the statement is among that reseller's statements, not its current reseller's");
            }
            if (closed.isClosed(tenant.resellerId(), month)) {
                // A tenant that came after the month was closed owes nothing for it.
                return closed.kept(tenant.resellerId(), tenantId, month).orElseGet(() -> new BillingStatement(tenant.resellerId(), tenant.id(),
                        tenant.name(), month, null, List.of(), BigDecimal.ZERO.setScale(2), true, true));
            }
            Reseller reseller = resellers.get(tenant.resellerId());
            return statementOf(reseller, priceLists.inEffect(reseller.id(), month), billing);
        });
    }

    @Override
    public List<BillingStatement> statements(String resellerId, YearMonth month) {
        requireMonth(month);
        return db.inTransaction(() -> {
            Reseller reseller = resellers.get(resellerId);
            if (closed.isClosed(resellerId, month)) {
                return closed.kept(resellerId, month);
            }
            return liveStatements(reseller, month);
        });
    }

    @Override
    public List<BillingStatement> closeMonth(String resellerId, YearMonth month) {
        requireMonth(month);
        if (!month.isBefore(YearMonth.from(clock.instant().atZone(ZoneOffset.UTC)))) {
            throw new ValidationException("month", "only a month that has ended can be closed; " + month + " has not");
        }
        return db.inTransaction(() -> {
            Reseller reseller = resellers.get(resellerId);
            if (closed.isClosed(resellerId, month)) {
                throw new ConflictException(month + " is already closed: its statements are kept as they were invoiced and never change");
            }
            List<BillingStatement> statements = liveStatements(reseller, month);
            closed.close(resellerId, month, statements, clock.instant());
            audit.record(AuditEvent.ofReseller(resellerId, "billing.month-closed", "billing:" + month)
                    .with(Map.of("month", month.toString(), "tenants", statements.size())));
            return closed.kept(resellerId, month);
        });
    }

    /** The reseller and its price list of the month are read once for all its tenants. */
    private List<BillingStatement> liveStatements(Reseller reseller, YearMonth month) {
        PriceList priceList = priceLists.inEffect(reseller.id(), month);
        List<BillingStatement> statements = new ArrayList<>();
        // Issue 9: the tenants it billed in that month, those that moved away since included.
        tenants.billedBy(reseller.id(), month).forEach(billing -> statements.add(statementOf(reseller, priceList, billing)));
        return statements;
    }

    private BillingStatement statementOf(Reseller reseller, PriceList priceList, TenantMonth billing) {
        Tenant tenant = billing.tenant();
        YearMonth month = billing.month();
        Instant start = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, BigDecimal> prices = new HashMap<>();
        priceList.prices().forEach(p -> prices.put(p.item(), p.unitPrice()));

        List<BillingLine> lines = new ArrayList<>();
        // Issue 9: billed for a month it existed and was active in at some moment, with its reseller active too;
        // suspended or terminated, it is billed for that month and not the ones after.
        if (billing.inService()) {
            lines.add(line(PriceList.PBX, "Virtual PBX", 1, prices));
            int packs = subscriptions.billedQuantity(tenant.id(), DevicePacks.ITEM, month);
            if (packs > 0) {
                lines.add(line(DevicePacks.ITEM, "Device pack of " + DevicePacks.DEVICES_PER_PACK + " devices", packs, prices));
            }
            for (String channel : billableChannels(tenant.id())) {
                int peak = PeakCounter.peak(holdings(tenant.id(), channel, start, end), start, end);
                if (peak > 0) {
                    lines.add(line(LicencePosition.item(channel), "Contact-centre licence: " + channelName(channel), peak, prices));
                }
            }
        }
        lines.addAll(corrections.lines(reseller.id(), tenant.id(), month));
        BigDecimal total = lines.stream().map(BillingLine::amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        boolean complete = lines.stream().allMatch(l -> l.unitPrice() != null);
        return new BillingStatement(reseller.id(), tenant.id(), tenant.name(), month, priceList.currency(), lines, total, complete, false);
    }

    private static BillingLine line(String item, String description, int quantity, Map<String, BigDecimal> prices) {
        BigDecimal unit = prices.get(item);
        return new BillingLine(item, description, quantity, unit,
                unit == null ? null : unit.multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_UP));
    }

    private Set<String> billableChannels(String tenantId) {
        return new TreeSet<>(db.query("SELECT DISTINCT channel FROM licence_holding WHERE tenant_id = ?", row -> row.getString(1), tenantId));
    }

    private List<PeakCounter.Interval> holdings(String tenantId, String channel, Instant start, Instant end) {
        return db.query("SELECT held_from, held_until FROM licence_holding WHERE tenant_id = ? AND channel = ? AND held_from < ?"
                        + " AND (held_until IS NULL OR held_until > ?)",
                row -> new PeakCounter.Interval(Columns.instant(row, 1), Columns.instant(row, 2)),
                tenantId, channel, end, start);
    }

    private String channelName(String id) {
        return channels.channels().stream().filter(c -> c.id().equals(id)).map(Channel::displayName).findFirst().orElse(id);
    }

    private static void requireMonth(YearMonth month) {
        if (month == null) {
            throw new ValidationException("month", "is required, as YYYY-MM");
        }
    }

    private void validate(PriceList list) {
        List<FieldError> errors = new ArrayList<>();
        if (list == null) {
            throw new ValidationException("body", "is required");
        }
        try {
            if (list.currency() == null || Currency.getInstance(list.currency()) == null) {
                errors.add(new FieldError("currency", "is required"));
            }
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("currency", "must be an ISO 4217 code such as EUR or RSD"));
        }
        Set<String> seen = new HashSet<>();
        List<Price> prices = list.prices() == null ? List.of() : list.prices();
        for (int i = 0; i < prices.size(); i++) {
            Price price = prices.get(i);
            String field = "prices[" + i + "]";
            if (price == null || price.item() == null || !isBillableItem(price.item())) {
                errors.add(new FieldError(field + ".item", "must be pbx, device-pack or licence:<channel>"));
            } else if (!seen.add(price.item())) {
                errors.add(new FieldError(field + ".item", "appears twice"));
            }
            if (price != null && (price.unitPrice() == null || price.unitPrice().signum() < 0
                    || price.unitPrice().compareTo(new BigDecimal("9999999999")) > 0)) {
                errors.add(new FieldError(field + ".unitPrice", "must be a non-negative amount"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (list.prices() == null) {
            throw new ValidationException("prices", "is required (an empty list clears the price list)");
        }
    }

    private static void validate(CorrectionDraft draft) {
        if (draft == null) {
            throw new ValidationException("body", "is required");
        }
        new Validator().required("tenantId", draft.tenantId()).required("description", draft.description())
                .maxLength("description", draft.description(), 200).throwIfInvalid();
        if (draft.amount() == null || draft.amount().signum() == 0 || draft.amount().abs().compareTo(new BigDecimal("9999999999")) > 0
                || draft.amount().stripTrailingZeros().scale() > 2) {
            throw new ValidationException("amount", "must be a non-zero amount with at most 2 decimals: negative for a credit, positive for a debit");
        }
    }

    private static boolean isBillableItem(String item) {
        return PriceList.PBX.equals(item) || DevicePacks.ITEM.equals(item)
                || item.startsWith(LICENCE_PREFIX) && item.substring(LICENCE_PREFIX.length()).matches("[a-z0-9][a-z0-9-]{0,62}");
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindTenants(TenantService service) {
        tenantsSlot.bind(service);
    }

    void unbindTenants(TenantService service) {
        tenantsSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindResellers(ResellerService service) {
        resellersSlot.bind(service);
    }

    void unbindResellers(ResellerService service) {
        resellersSlot.unbind(service);
    }
}
