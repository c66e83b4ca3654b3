package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.centrala.distribution.Api.Answer;
import org.centrala.testpbx.Answering;
import org.centrala.testpbx.TestPbx;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.ops4j.pax.exam.util.Filter;

/**
 * Issue 12, item 3, on the real distribution over real HTTP both ways: a tenant's webhook gets its
 * calls' ends as signed JSON POSTs; a receiver that fails gets the delivery again, then it is
 * FAILED, listed and sent again by hand; webhooks point only where they may (SSRF), and belong to
 * their tenant (R1). The suite's node allows 127.0.0.1 (etc/org.centrala.webhooks.cfg), retries
 * after 1 s and gives up after 2 attempts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class WebhookIT {
    @Inject
    @Filter(timeout = 120_000)
    private TestPbx pbx;

    private Api api;
    private HttpServer receiver;
    private final List<String[]> received = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();

    @Configuration
    public Option[] config() {
        return CentralaContainer.options();
    }

    @Before
    public void start() throws IOException {
        api = new Api(Integer.getInteger(CentralaContainer.HTTP_PORT_PROPERTY));
        Readiness.await(api);
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            received.add(new String[] {exchange.getRequestHeaders().getFirst("Centrala-Signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)});
            Integer status = answers.poll();
            exchange.sendResponseHeaders(status == null ? 200 : status, -1);
            exchange.close();
        });
        receiver.start();
    }

    @After
    public void stop() {
        receiver.stop(0);
    }

    @Test
    public void aTenantsWebhookGetsItsCallsSignedRetriesFailsVisiblyAndPointsOnlyWhereItMay() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        Api admin = t.admin();
        PbxTenant.Login ana = t.login("ana", t.department, "[]");
        assertThat(api.patch(t.path("/users/" + ana.id()), "{\"extension\":\"301\"}", null).status()).isEqualTo(200);
        PbxTenant.Device desk = t.sipDevice("Ana's desk", ana.id());
        pbx.register(desk.sip);
        t.awaitLinkConnected();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";

        // Where a webhook may point: https to a public address; this node allows 127.0.0.1 only.
        for (String bad : List.of("https://169.254.169.254/latest/meta-data", "https://10.1.2.3/hook", "http://203.0.113.7/hook",
                "https://[::1]/hook")) {
            Answer refused = admin.post(t.path("/webhooks"), "{\"url\":\"" + bad + "\",\"eventTypes\":[\"call.ended\"]}");
            assertThat(refused.status()).as(bad + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.json().at("/errors/0/field").asText()).isEqualTo("url");
        }
        assertThat(admin.post(t.path("/webhooks"), "{\"url\":\"" + url + "\",\"eventTypes\":[\"call.dropped\"]}").json()
                .at("/errors/0/field").asText()).isEqualTo("eventTypes");

        Answer made = admin.post(t.path("/webhooks"), "{\"url\":\"" + url + "\",\"eventTypes\":[\"call.ended\"],\"description\":\"CRM\"}");
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        assertThat(made.header("Location")).endsWith("/webhooks/" + made.json().at("/webhook/id").asText());
        String id = made.json().at("/webhook/id").asText();
        String secret = made.json().get("secret").asText();
        assertThat(secret).startsWith("whsec_");
        assertThat(admin.get(t.path("/webhooks/" + id)).body()).as("the secret is shown once").doesNotContain(secret);
        PbxTenant.Login developer = t.login("dev", t.department, "[\"DEVELOPER\"]");
        assertThat(developer.api().get(t.path("/webhooks")).json().get("total").asInt()).isEqualTo(1);
        assertThat(developer.api().post(t.path("/webhooks"), "{\"url\":\"" + url + "\",\"eventTypes\":[\"call.ended\"]}").status())
                .as("developers read webhooks, administrators make them").isEqualTo(403);
        PbxTenant other = new PbxTenant(api, pbx);
        assertThat(other.admin().get(t.path("/webhooks/" + id)).status()).as("R1").isEqualTo(404);
        // Issue 9: patched (what is sent changes, the rest stays), and a lost update is refused, PUT or PATCH.
        String etag = admin.get(t.path("/webhooks/" + id)).header("ETag");
        Answer described = admin.patch(t.path("/webhooks/" + id), "{\"description\":\"CRM calls\"}", etag);
        assertThat(described.status()).as(described.body()).isEqualTo(200);
        assertThat(described.json().get("url").asText()).isEqualTo(url);
        assertThat(described.json().get("eventTypes")).hasSize(1);
        assertThat(admin.patch(t.path("/webhooks/" + id), "{\"active\":false}", etag).status()).isEqualTo(412);
        assertThat(admin.put(t.path("/webhooks/" + id), "{\"url\":\"" + url + "\",\"eventTypes\":[\"call.ended\"],\"active\":false}", etag)
                .status()).isEqualTo(412);
        assertThat(admin.get(t.path("/webhooks/" + id)).json().get("active").asBoolean()).as("nothing written").isTrue();

        // A call ends: its end is POSTed, signed with the webhook's secret.
        pbx.answering(desk.sip, Answering.answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(5)));
        TestPbx.CallRun call = pbx.dialIn("trunk", "+381111000901", t.context, "301");
        call.finished().get(30, TimeUnit.SECONDS);
        JsonNode ended = awaitPost(call.linkedId());
        assertThat(ended.get("type").asText()).isEqualTo("call.ended");
        assertThat(ended.get("userId").asText()).isEqualTo(ana.id());
        String[] post = received.stream().filter(p -> p[1].contains(call.linkedId())).findFirst().orElseThrow();
        long time = Long.parseLong(post[0].substring(2, post[0].indexOf(',')));
        assertThat(post[0]).isEqualTo("t=" + time + ",v1=" + hmac(secret, time + "." + post[1]));

        // The receiver fails twice: the delivery is tried again after 1 s, then FAILED and listed.
        answers.add(500);
        answers.add(502);
        TestPbx.CallRun missed = pbx.dialIn("trunk", "+381111000902", t.context, "301");
        missed.finished().get(30, TimeUnit.SECONDS);
        JsonNode[] failed = new JsonNode[1];
        Poll.until("the delivery FAILED", Duration.ofSeconds(30), () -> {
            JsonNode items = admin.get(t.path("/webhooks/" + id + "/deliveries?state=FAILED")).json().get("items");
            failed[0] = items.size() == 1 ? items.get(0) : null;
            return failed[0] != null;
        });
        assertThat(failed[0].get("attempts").asInt()).isEqualTo(2);
        assertThat(failed[0].get("lastStatus").asInt()).isEqualTo(502);
        assertThat(failed[0].get("payload").asText()).contains(missed.linkedId());
        assertThat(admin.get(t.path("/webhooks/" + id + "/deliveries?state=LOST")).status()).isEqualTo(400);
        assertThat(admin.get(t.path("/webhooks/" + id + "/deliveries?since=1")).status()).as("unknown parameter").isEqualTo(400);

        Answer again = admin.post(t.path("/webhooks/" + id + "/deliveries/" + failed[0].get("id").asText() + "/retry"), "");
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("state").asText()).isEqualTo("PENDING");
        Poll.until("the delivery sent again", Duration.ofSeconds(20), () -> admin.get(t.path("/webhooks/" + id + "/deliveries?state=DELIVERED"))
                .json().findValuesAsText("eventId").contains(failed[0].get("eventId").asText()));
        assertThat(admin.get(t.path("/audit?action=webhook.")).json().findValuesAsText("action"))
                .contains("webhook.created", "webhook.delivery-retried");

        assertThat(admin.delete(t.path("/webhooks/" + id)).status()).isEqualTo(204);
        assertThat(admin.get(t.path("/webhooks/" + id)).status()).isEqualTo(404);
    }

    private JsonNode awaitPost(String pbxCallId) {
        JsonNode[] found = new JsonNode[1];
        Poll.until("the webhook's POST of call " + pbxCallId, Duration.ofSeconds(20), () -> {
            for (String[] post : received) {
                JsonNode body = SseClient.read(post[1]);
                if (pbxCallId.equals(body.path("pbxCallId").asText())) {
                    found[0] = body;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }


    /** The signature as a receiver computes it. */
    private static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return java.util.HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }
}
