package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.centrala.distribution.Api.Answer;
import org.centrala.testpbx.Answering;
import org.centrala.testpbx.TestPbx;
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
 * Issue 12, item 3, on the real distribution over real HTTP: a tenant's live events as
 * server-sent events, each subscriber getting what its REST reads show (R1, R6, R18), and a client
 * that reconnects with Last-Event-ID getting what it missed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class EventStreamIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    @Filter(timeout = 120_000)
    private TestPbx pbx;

    private Api api;
    private final HttpClient http = HttpClient.newHttpClient();

    @Configuration
    public Option[] config() {
        return CentralaContainer.options();
    }

    @Before
    public void waitForApi() {
        api = new Api(Integer.getInteger(CentralaContainer.HTTP_PORT_PROPERTY));
        Readiness.await(api);
    }

    @Test
    public void eachSubscriberGetsTheCallAndAgentEventsItsRestReadsShowAndAReconnectGetsWhatItMissed() throws Exception {
        PbxTenant t = new PbxTenant(api, pbx);
        PbxTenant.Login ana = t.login("ana", t.department, "[]");
        assertThat(api.patch(t.path("/users/" + ana.id()), "{\"extension\":\"301\"}", null).status()).isEqualTo(200);
        PbxTenant.Device desk = t.sipDevice("Ana's desk", ana.id());
        pbx.register(desk.sip);
        t.awaitLinkConnected();
        String care = api.id(api.post(t.path("/departments"), "{\"name\":\"Care\",\"countryCode\":\"RS\"}"));
        PbxTenant.Login supervisor = t.login("sup", t.department, "[\"SUPERVISOR\"]");
        PbxTenant.Login elsewhere = t.login("far", care, "[\"SUPERVISOR\"]");
        PbxTenant.Login admin = t.login("boss", t.department, "[\"ADMINISTRATOR\"]");
        PbxTenant other = new PbxTenant(api, pbx);

        Answer unknownType = admin.api().get(t.path("/events?types=call.ended,call.dropped"));
        assertThat(unknownType.status()).isEqualTo(400);
        assertThat(unknownType.json().at("/errors/0/field").asText()).isEqualTo("types");
        assertThat(admin.api().get(t.path("/events?since=1")).status()).as("unknown query parameter").isEqualTo(400);
        assertThat(other.admin().get(t.path("/events")).status()).as("R1").isEqualTo(404);

        try (SseClient anaStream = open(ana, t, null); SseClient supervisorStream = open(supervisor, t, null);
             SseClient elsewhereStream = open(elsewhere, t, null); SseClient adminStream = open(admin, t, null)) {
            pbx.answering(desk.sip, Answering.answersAfter(Duration.ofSeconds(1), Duration.ofSeconds(30)));
            TestPbx.CallRun call = pbx.dialIn("trunk", "+381111000601", t.context, "301");
            call.finished().get(30, TimeUnit.SECONDS);

            JsonNode ended = adminStream.await("call.ended", call.linkedId());
            assertThat(ended.get("userId").asText()).isEqualTo(ana.id());
            assertThat(ended.get("disposition").asText()).isEqualTo("ANSWERED");
            assertThat(ended.get("from").asText()).isEqualTo("+381111000601");
            assertThat(adminStream.types()).containsSubsequence("call.started", "call.ringing", "call.answered", "call.ended");
            assertThat(anaStream.await("call.ended", call.linkedId()).get("userId").asText()).isEqualTo(ana.id());
            assertThat(anaStream.types()).as("Ana's own call, not the unattributed start")
                    .containsSubsequence("call.ringing", "call.answered", "call.ended").doesNotContain("call.started");
            supervisorStream.await("call.ended", call.linkedId());
            assertThat(elsewhereStream.types()).as("R18: a supervisor of another department").isEmpty();
            assertThat(adminStream.lines()).allMatch(line -> line.isEmpty() || line.startsWith("id: ") || line.startsWith("event: ")
                    || line.startsWith("data: ") || line.startsWith("retry: ") || line.startsWith(":"));

            // Ana's client loses the connection; calls go on; it reconnects with the last id it got.
            String lastSeen = anaStream.lastId();
            anaStream.close();
            TestPbx.CallRun missed = pbx.dialIn("trunk", "+381111000602", t.context, "301");
            missed.finished().get(30, TimeUnit.SECONDS);
            adminStream.await("call.ended", missed.linkedId());
            try (SseClient again = open(ana, t, lastSeen)) {
                assertThat(again.await("call.ended", missed.linkedId()).get("pbxCallId").asText()).isEqualTo(missed.linkedId());
                assertThat(again.types()).doesNotContain("resync");
            }
            try (SseClient stale = open(ana, t, "an-old-run.17")) {
                stale.await("resync", null);
            }
        }
    }

    private SseClient open(PbxTenant.Login who, PbxTenant t, String lastEventId) {
        return new SseClient(http, URI.create("http://127.0.0.1:" + Integer.getInteger(CentralaContainer.HTTP_PORT_PROPERTY)
                + t.path("/events")), who.api().authorization(), lastEventId);
    }
}
