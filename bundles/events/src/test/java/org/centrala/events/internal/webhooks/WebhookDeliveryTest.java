package org.centrala.events.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpServer;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.centrala.audit.internal.JdbcAuditLog;
import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;
import org.centrala.events.internal.LiveEvent;
import org.centrala.persistence.Database;
import org.centrala.persistence.internal.JdbcDatabase;
import org.centrala.persistence.internal.ThreadActorContext;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Issue 12, item 3, on real Derby and a real HTTP receiver: a tenant's events of a webhook's types
 * are POSTed to it signed with its secret; a failed delivery is retried after its wait, given up
 * after its attempts, listed, and sent again by hand; nobody else's events and no other types go.
 */
public class WebhookDeliveryTest {
    private static final String TENANT = "tenant-1";
    private static final String OTHER = "tenant-2";

    private HttpServer receiver;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private WebhookService service;
    private WebhookSender sender;
    private WebhookDispatcher dispatcher;
    private String url;

    private record Received(Map<String, List<String>> headers, String body) {
    }

    @Before
    public void start() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), new String(exchange.getRequestBody().readAllBytes(),
                    StandardCharsets.UTF_8)));
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 204 : status, -1);
            exchange.close();
        });
        receiver.start();
        url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";

        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:webhooks-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        Database db = new JdbcDatabase(dataSource);
        db.update("CREATE TABLE tenant (id CHAR(36) NOT NULL PRIMARY KEY)");
        db.update("INSERT INTO tenant (id) VALUES (?)", TENANT);
        db.update("INSERT INTO tenant (id) VALUES (?)", OTHER);
        service = new WebhookService(db, null, new TestConfig(new String[] {"127.0.0.1"}, 2));
        service.bindAudit(new JdbcAuditLog(db, new ThreadActorContext()));
        sender = new WebhookSender(service);
        dispatcher = new WebhookDispatcher(service, sender);
    }

    @After
    public void stop() {
        dispatcher.deactivate();
        sender.deactivate();
        receiver.stop(0);
    }

    @Test
    public void eventsOfItsTypesArePostedSignedWithItsSecretAndNothingElse() {
        NewWebhook made = service.create(TENANT, new WebhookDraft(url, List.of("call.ended"), "CRM", null));
        assertThat(made.webhook().active()).isTrue();
        dispatcher.appended(event(TENANT, "call.started", "s.1"));
        dispatcher.appended(event(OTHER, "call.ended", "s.2"));
        dispatcher.appended(event(TENANT, "call.ended", "s.3"));

        until(() -> !received.isEmpty());
        Received post = received.get(0);
        assertThat(post.body()).contains("\"id\":\"s.3\"").contains("\"type\":\"call.ended\"").contains("\"tenantId\":\"" + TENANT + "\"");
        String signature = post.headers().get("Centrala-signature").get(0);
        long time = Long.parseLong(signature.substring(2, signature.indexOf(',')));
        assertThat(signature).isEqualTo(Signatures.sign(made.secret(), time, post.body()));
        assertThat(Math.abs(time - Instant.now().getEpochSecond())).isLessThan(60);
        assertThat(post.headers().get("Centrala-event-id")).containsExactly("s.3");
        until(() -> service.deliveries(TENANT, made.webhook().id(), Delivery.State.DELIVERED, PageRequest.first(10)).total() == 1);
        assertThat(received).hasSize(1).as("nobody else's events, no other types");
    }

    @Test
    public void aFailedDeliveryIsRetriedAfterItsWaitGivenUpAfterItsAttemptsAndSentAgainByHand() {
        NewWebhook made = service.create(TENANT, new WebhookDraft(url, List.of("agent.state"), null, true));
        String id = made.webhook().id();
        answers.add(503);
        dispatcher.appended(event(TENANT, "agent.state", "s.10"));
        until(() -> service.deliveries(TENANT, id, Delivery.State.DELIVERED, PageRequest.first(10)).total() == 1);
        Delivery delivered = service.deliveries(TENANT, id, null, PageRequest.first(10)).items().get(0);
        assertThat(delivered.attempts()).as("503, then after 1 s 204").isEqualTo(2);
        assertThat(received).hasSize(2);
        assertThat(Duration.between(delivered.createdAt(), delivered.updatedAt())).isGreaterThanOrEqualTo(Duration.ofSeconds(1));

        answers.add(500);
        answers.add(500);
        dispatcher.appended(event(TENANT, "agent.state", "s.11"));
        until(() -> service.deliveries(TENANT, id, Delivery.State.FAILED, PageRequest.first(10)).total() == 1);
        Delivery failed = service.deliveries(TENANT, id, Delivery.State.FAILED, PageRequest.first(10)).items().get(0);
        assertThat(failed.eventId()).isEqualTo("s.11");
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastStatus()).isEqualTo(500);
        assertThat(failed.lastError()).isEqualTo("answered 500");
        assertThatThrownBy(() -> service.retry(TENANT, id, delivered.id())).hasMessageContaining("only a FAILED one");

        Delivery again = service.retry(TENANT, id, failed.id());
        assertThat(again.state()).isEqualTo(Delivery.State.PENDING);
        until(() -> service.deliveries(TENANT, id, Delivery.State.DELIVERED, PageRequest.first(10)).total() == 2);
        assertThat(received).hasSize(5);
    }

    @Test
    public void aWebhookMustPointOutsideUnlessItsHostIsAllowedAndNamesKnownTypes() {
        assertThatThrownBy(() -> service.create(TENANT, new WebhookDraft("https://169.254.169.254/latest", List.of("call.ended"), null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("url");
        assertThatThrownBy(() -> service.create(TENANT, new WebhookDraft(url, List.of("call.dropped"), null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("eventTypes");
        assertThatThrownBy(() -> service.create(TENANT, new WebhookDraft(url, List.of(), null, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("eventTypes");
        NewWebhook made = service.create(TENANT, new WebhookDraft(url, List.of("call.ended"), null, null));
        assertThatThrownBy(() -> service.get(OTHER, made.webhook().id())).as("R1").hasMessageContaining("does not exist");
        NewWebhook rotated = service.newSecret(TENANT, made.webhook().id());
        assertThat(rotated.secret()).isNotEqualTo(made.secret());
    }

    private static LiveEvent event(String tenantId, String type, String id) {
        return new LiveEvent(id, Long.parseLong(id.substring(2)), type, tenantId, Instant.now(), LiveEvent.About.NOBODY,
                Map.of("pbxCallId", "1796.1"));
    }

    /** Polls, never sleeps a fixed time: the sender works on its own threads. */
    private static void until(BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 20 s");
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }
}
