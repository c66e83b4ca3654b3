package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.centrala.distribution.Api.Answer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * README command 1 as a newcomer runs it: {@code bin/demo} starts the distribution with a demo
 * reseller, tenant, users and devices on the built-in test PBX, and call records grow over REST
 * within a minute of the start. A second demo start creates nothing twice; a plain start turns
 * the demo's test PBX off and keeps its data.
 */
public class DemoModeIT {
    private static final Duration NEWCOMER_PATIENCE = Duration.ofSeconds(60);
    private static final String PASSWORD = "demo-password";

    private KarafProcess karaf;
    private Api operator;

    @Before
    public void unpack() throws Exception {
        karaf = KarafProcess.unpack(KarafProcess.distribution(),
                Path.of("target/demo-it", UUID.randomUUID().toString()).toAbsolutePath());
        operator = new Api(karaf.httpPort());
    }

    @After
    public void kill() {
        karaf.close();
    }

    @Test
    public void demoShowsCallRecordsWithinAMinuteAndRestartsWithoutDoublingAnything() throws Exception {
        long started = System.nanoTime();
        karaf.startDemo();
        awaitApi();
        String tenant = Poll.until("the demo tenant", NEWCOMER_PATIENCE, this::demoTenantId);
        Api admin = operator.as(Api.basic("demo-admin@demo", PASSWORD));
        String calls = "/api/v1/tenants/" + tenant + "/calls";
        Poll.until("a first demo call record", NEWCOMER_PATIENCE, () -> total(admin, calls) > 0);
        Duration firstRecord = Duration.ofNanos(System.nanoTime() - started);
        assertThat(firstRecord).as("from bin/demo to the first call record over REST").isLessThan(NEWCOMER_PATIENCE);
        System.out.printf("DemoModeIT: first call record over REST %d ms after bin/demo%n", firstRecord.toMillis());
        long early = total(admin, calls);
        Poll.until("call records growing", Duration.ofSeconds(30), () -> total(admin, calls) >= early + 3);

        // Calls are attributed to both kinds of user (R5: back-office ring plans; queue agents).
        Set<String> backOffice = userIds(admin, tenant, "BACK_OFFICE");
        Set<String> agents = agentIds(admin, tenant);
        assertThat(backOffice).hasSize(3);
        assertThat(agents).hasSize(4);
        Poll.until("calls of back-office users and of agents", NEWCOMER_PATIENCE, () -> {
            Set<String> owners = callOwners(admin, calls);
            return owners.stream().anyMatch(backOffice::contains) && owners.stream().anyMatch(agents::contains);
        });
        // Issue 11, item 11: the back-office users' calls went through FastAGI routing, step by step.
        Poll.until("routing decisions of demo calls", NEWCOMER_PATIENCE, () -> admin
                .get("/api/v1/tenants/" + tenant + "/routing/decisions?size=50").json().get("items").findValuesAsText("reason")
                .stream().anyMatch(reason -> reason.contains("ring plan (R5)")));
        // Issue 11, item 11: the agents are logged in to their queue and take its calls there.
        for (String agent : agents) {
            assertThat(admin.get("/api/v1/tenants/" + tenant + "/agents/" + agent).json().get("state").asText()).isNotEqualTo("LOGGED_OUT");
        }
        // Queue calls talk 4 to 36 s at the demo's time scale; one of them has ended within 90 s.
        Poll.until("a demo agent's queue call ended", Duration.ofSeconds(90), () -> agents.stream().anyMatch(agent -> admin
                .get("/api/v1/tenants/" + tenant + "/agents/" + agent + "/state-changes?size=100").json().get("items")
                .findValuesAsText("cause").contains("AgentComplete")));
        // R6, R18: the Customer care supervisor sees its agents' calls, never a back-office user's.
        Api supervisor = operator.as(Api.basic("demo-supervisor@demo", PASSWORD));
        Set<String> supervised = callOwners(supervisor, calls);
        assertThat(supervised).isNotEmpty().allMatch(agents::contains);

        JsonNode link = admin.get("/api/v1/tenants/" + tenant + "/pbx/link").json();
        assertThat(link.get("state").asText()).isEqualTo("CONNECTED");
        assertThat(link.get("port").asInt()).isEqualTo(karaf.demoPbxPort());
        assertThat(link.get("eventsDropped").asLong()).isZero();
        // The operator's shell shows the same link and records (README: centrala:call-list <id>).
        String shell = karaf.shell("centrala:pbx-status", "centrala:call-list --size 5 " + tenant);
        assertThat(shell).contains("127.0.0.1:" + karaf.demoPbxPort()).contains("CONNECTED")
                .containsPattern("ANSWERED|NO_ANSWER|ABANDONED").containsPattern("page 1 of \\d+, \\d+ in all");
        int users = count(admin, "/api/v1/tenants/" + tenant + "/users?size=100");
        int devices = count(admin, "/api/v1/tenants/" + tenant + "/devices?size=100");
        assertThat(devices).as("desk and mobile of 3 back-office users, a softphone per agent and the supervisor's").isEqualTo(11);
        assertThat(karaf.errorLines()).as("ERROR lines of the demo's first boot").isEmpty();
        // Every AMI event has a class to be built into, DeviceStateList items included (EventClasses).
        assertThat(karaf.logLines("No event class registered")).isEmpty();
        assertThat(karaf.logLines("Unable to set property")).isEmpty();
        long before = total(admin, calls);
        karaf.stop();

        // Second demo start: the same company, no second copy of anything, and calls go on.
        karaf.startDemo();
        awaitApi();
        Poll.until("demo calls after the restart", NEWCOMER_PATIENCE, () -> total(admin, calls) > before);
        assertThat(demoTenants()).as("demo tenants after a second start").isEqualTo(1);
        assertThat(count(admin, "/api/v1/tenants/" + tenant + "/users?size=100")).isEqualTo(users);
        assertThat(count(admin, "/api/v1/tenants/" + tenant + "/devices?size=100")).isEqualTo(devices);
        long kept = total(admin, calls);
        karaf.stop();

        // A plain start: the demo's PBX is stopped, its data stays. It is the node's first start
        // outside the demo, so the published operator password is replaced (issue 8, item 11).
        karaf.start();
        Api anonymous = operator.as(null);
        karaf.awaitReady(Duration.ofSeconds(120));
        assertThat(operator.get("/api/v1/resellers").status()).as("admin/admin outside the demo").isEqualTo(401);
        operator = anonymous.as(Api.basic("admin", karaf.operatorPassword()));
        awaitApi();
        Poll.until("the demo's test PBX to be stopped", Duration.ofSeconds(30), () -> !listening(karaf.demoPbxPort()));
        assertThat(total(admin, calls)).isGreaterThanOrEqualTo(kept);
        Poll.until("the demo tenant's link to notice", Duration.ofSeconds(30), () -> !admin
                .get("/api/v1/tenants/" + tenant + "/pbx/link").json().get("state").asText().equals("CONNECTED"));
        assertThat(karaf.errorLines()).as("ERROR lines of all three boots").isEmpty();
        karaf.stop();
    }

    private void awaitApi() {
        karaf.awaitReady(Duration.ofSeconds(120));
        assertThat(operator.get("/api/v1/resellers").status()).isEqualTo(200);
    }

    private String demoTenantId() {
        for (JsonNode tenant : operator.get("/api/v1/tenants?size=500").json().get("items")) {
            if (tenant.get("name").asText().equals("Demo Company")) {
                return tenant.get("id").asText();
            }
        }
        return null;
    }

    private long demoTenants() {
        long found = 0;
        for (JsonNode tenant : operator.get("/api/v1/tenants?size=500").json().get("items")) {
            found += tenant.get("name").asText().equals("Demo Company") ? 1 : 0;
        }
        return found;
    }

    private static long total(Api api, String calls) {
        Answer answer = api.get(calls + "?size=1");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("total").asLong();
    }

    private static int count(Api api, String path) {
        Answer answer = api.get(path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("total").asInt();
    }

    private static Set<String> callOwners(Api api, String calls) {
        Answer answer = api.get(calls + "?size=500");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        Set<String> owners = new HashSet<>();
        for (JsonNode call : answer.json().get("items")) {
            if (!call.get("userId").isNull()) {
                owners.add(call.get("userId").asText());
            }
        }
        return owners;
    }

    private static Set<String> userIds(Api api, String tenant, String type) {
        Set<String> ids = new HashSet<>();
        for (JsonNode user : api.get("/api/v1/tenants/" + tenant + "/users?size=100").json().get("items")) {
            if (user.get("type").asText().equals(type)) {
                ids.add(user.get("id").asText());
            }
        }
        return ids;
    }

    /** Contact-centre users who hold a voice licence: the queue's agents (not the supervisor or admin). */
    private static Set<String> agentIds(Api api, String tenant) {
        Set<String> ids = new HashSet<>();
        for (JsonNode user : api.get("/api/v1/tenants/" + tenant + "/users?size=100").json().get("items")) {
            if (user.get("channels").toString().contains("voice")) {
                ids.add(user.get("id").asText());
            }
        }
        return ids;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
