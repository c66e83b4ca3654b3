package org.centrala.events.internal.webhooks;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.centrala.audit.AuditEvent;
import org.centrala.audit.AuditLog;
import org.centrala.common.ConflictException;
import org.centrala.common.NotFoundException;
import org.centrala.common.PageRequest;
import org.centrala.common.ServiceSlot;
import org.centrala.common.ValidationException;
import org.centrala.events.internal.EventHub;
import org.centrala.persistence.Database;
import org.centrala.persistence.MigratedSchema;
import org.centrala.persistence.Migration;
import org.centrala.tenancy.TenantDataEraser;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * A tenant's webhooks (issue 12, item 3): made, changed and deleted by its administrators, each
 * change audited; the secret is made here and shown once. An erased tenant's webhooks go with it.
 */
@Component(service = {WebhookService.class, TenantDataEraser.class}, configurationPid = WebhookConfig.PID,
        property = TenantDataEraser.CONCERN + "=webhooks")
@Designate(ocd = WebhookConfig.class)
public class WebhookService implements TenantDataEraser {
    static final String MODULE = "events";
    private static final int MOST_PER_TENANT = 20;

    private final JdbcWebhooks webhooks;
    private final Clock clock = Clock.systemUTC();
    private final ServiceSlot<AuditLog> audit = new ServiceSlot<>("The audit log");
    private final AuditLog auditLog = audit.proxy(AuditLog.class);
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private volatile Destinations destinations;
    private volatile WebhookConfig config;

    @Activate
    public WebhookService(@Reference Database database,
                          @Reference(target = "(" + MigratedSchema.MODULE + "=tenancy)") MigratedSchema tenancyTables, WebhookConfig config) {
        database.migrate(MODULE, List.of(Migration.fromResource(1, "webhooks", WebhookService.class, "db/events/V1__webhooks.sql")));
        this.webhooks = new JdbcWebhooks(database);
        modified(config);
    }

    @Modified
    void modified(WebhookConfig config) {
        this.config = config;
        this.destinations = new Destinations(config.allowedHosts());
    }

    WebhookConfig config() {
        return config;
    }

    Destinations destinations() {
        return destinations;
    }

    JdbcWebhooks store() {
        return webhooks;
    }

    Instant now() {
        return clock.instant();
    }

    /** Told after every change (the dispatcher reads the active webhooks again). */
    void onChange(Runnable listener) {
        changeListeners.add(listener);
    }

    public NewWebhook create(String tenantId, WebhookDraft draft) {
        requireTenant(tenantId);
        Webhook checked = checked(tenantId, UUID.randomUUID().toString(), draft, now(), now());
        String secret = Signatures.newSecret();
        webhooks.database().inTransaction(() -> {
            if (webhooks.count(tenantId) >= MOST_PER_TENANT) {
                throw new ConflictException("a tenant has at most " + MOST_PER_TENANT + " webhooks; delete one it no longer uses");
            }
            webhooks.insert(checked, secret);
            auditLog.record(AuditEvent.ofTenant(tenantId, "webhook.created", "webhook:" + checked.id())
                    .with(Map.of("url", checked.url(), "eventTypes", String.join(",", checked.eventTypes()))));
            return null;
        });
        changed();
        return new NewWebhook(checked, secret);
    }

    public Webhook replace(String tenantId, String id, WebhookDraft draft) {
        return replace(tenantId, id, draft, null);
    }

    /** As {@link #replace(String, String, WebhookDraft)}, only if the webhook is still at {@code expectedUpdatedAt} (null: any). */
    public Webhook replace(String tenantId, String id, WebhookDraft draft, Instant expectedUpdatedAt) {
        Webhook before = webhooks.get(tenantId, id);
        Webhook after = checked(tenantId, id, draft, before.createdAt(), now());
        webhooks.database().inTransaction(() -> {
            if (!webhooks.update(after, expectedUpdatedAt) && expectedUpdatedAt != null) {
                throw org.centrala.common.StaleVersionException.changedMeanwhile("webhook '" + id + "'");
            }
            auditLog.record(AuditEvent.ofTenant(tenantId, "webhook.changed", "webhook:" + id)
                    .with(Map.of("url", after.url(), "eventTypes", String.join(",", after.eventTypes()), "active", after.active())));
            return null;
        });
        changed();
        return webhooks.get(tenantId, id);
    }

    public NewWebhook newSecret(String tenantId, String id) {
        Webhook webhook = webhooks.get(tenantId, id);
        String secret = Signatures.newSecret();
        webhooks.database().inTransaction(() -> {
            webhooks.secret(tenantId, id, secret, now());
            auditLog.record(AuditEvent.ofTenant(tenantId, "webhook.secret-changed", "webhook:" + id));
            return null;
        });
        return new NewWebhook(webhooks.get(tenantId, webhook.id()), secret);
    }

    public void delete(String tenantId, String id) {
        webhooks.database().inTransaction(() -> {
            if (!webhooks.delete(tenantId, id)) {
                throw new NotFoundException("Webhook", id);
            }
            auditLog.record(AuditEvent.ofTenant(tenantId, "webhook.deleted", "webhook:" + id));
            return null;
        });
        changed();
    }

    public Webhook get(String tenantId, String id) {
        return webhooks.get(tenantId, id);
    }

    public WebhookPage list(String tenantId, PageRequest request) {
        requireTenant(tenantId);
        return new WebhookPage(webhooks.list(tenantId, request.offset(), request.size()), request.page(), request.size(), webhooks.count(tenantId));
    }

    public DeliveryPage deliveries(String tenantId, String webhookId, Delivery.State state, PageRequest request) {
        webhooks.get(tenantId, webhookId);
        return new DeliveryPage(webhooks.deliveries(tenantId, webhookId, state, request.offset(), request.size()), request.page(),
                request.size(), webhooks.countDeliveries(tenantId, webhookId, state));
    }

    /** A FAILED delivery tried again from now; anything else is a 409 saying what it is. */
    public Delivery retry(String tenantId, String webhookId, String deliveryId) {
        webhooks.get(tenantId, webhookId);
        Delivery delivery = webhooks.delivery(tenantId, webhookId, deliveryId).orElseThrow(() -> new NotFoundException("Delivery", deliveryId));
        if (delivery.state() != Delivery.State.FAILED) {
            throw new ConflictException("delivery " + deliveryId + " is " + delivery.state() + "; only a FAILED one is retried by hand");
        }
        Delivery again = webhooks.retry(tenantId, webhookId, deliveryId, now()).orElseThrow(() -> new ConflictException(
                "delivery " + deliveryId + " changed meanwhile; read it again"));
        auditLog.record(AuditEvent.ofTenant(tenantId, "webhook.delivery-retried", "webhook:" + webhookId).with(Map.of("delivery", deliveryId)));
        changed();
        return again;
    }

    @Override
    public void eraseTenant(String tenantId) {
        webhooks.eraseTenant(tenantId);
        changed();
    }

    private Webhook checked(String tenantId, String id, WebhookDraft draft, Instant created, Instant updated) {
        if (draft == null) {
            throw new ValidationException("body", "is required");
        }
        String url = destinations.check("url", draft.url()).toString();
        if (draft.eventTypes() == null || draft.eventTypes().isEmpty()) {
            throw new ValidationException("eventTypes", "is required: one or more of " + EventHub.TYPES.stream().sorted().toList());
        }
        Set<String> types = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String type : draft.eventTypes()) {
            String name = type == null ? "" : type.strip();
            if (EventHub.TYPES.contains(name)) {
                types.add(name);
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ValidationException("eventTypes", "has unknown types " + unknown + "; known: " + EventHub.TYPES.stream().sorted().toList());
        }
        String description = draft.description() == null || draft.description().isBlank() ? null : draft.description().strip();
        if (description != null && description.length() > 200) {
            throw new ValidationException("description", "is longer than 200 characters");
        }
        return new Webhook(id, tenantId, url, List.copyOf(types), description, draft.active() == null || draft.active(), created, updated);
    }

    private void requireTenant(String tenantId) {
        if (webhooks.database().count("SELECT COUNT(*) FROM tenant WHERE id = ?", tenantId) == 0) {
            throw new NotFoundException("Tenant", tenantId);
        }
    }

    private void changed() {
        changeListeners.forEach(Runnable::run);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAudit(AuditLog service) {
        audit.bind(service);
    }

    void unbindAudit(AuditLog service) {
        audit.unbind(service);
    }
}
