package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.centrala.distribution.Api.Answer;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.osgi.framework.BundleContext;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/** R9: the audit log records changes with their actor, is append-only, and detects an altered row. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class AuditIT {
    @Inject
    private BundleContext bundleContext;

    @Inject
    private SessionFactory sessionFactory;

    private Api api;

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
    public void r9_everyAdministrativeChangeIsRecordedWithItsActor() {
        String reseller = api.createReseller("Audited " + unique());
        String tenant = api.createTenant(reseller, "Audited tenant", "audit-" + unique(), "top-secret-ami");
        String department = api.id(api.post("/api/v1/tenants/" + tenant + "/departments", "{\"name\":\"Ops\",\"countryCode\":\"RS\"}"));
        api.put("/api/v1/tenants/" + tenant + "/departments/" + department, "{\"name\":\"Operations\",\"countryCode\":\"RS\"}");

        Answer trail = api.get("/api/v1/tenants/" + tenant + "/audit");
        assertThat(trail.status()).isEqualTo(200);
        assertThat(actions(trail.json())).containsExactly("tenant.created", "department.created", "department.updated");
        JsonNode first = trail.json().at("/items/0");
        assertThat(first.get("actor").asText()).isEqualTo("operator:admin");
        assertThat(first.get("details").asText()).contains("amiSecretChanged=true").doesNotContain("top-secret-ami");
        assertThat(trail.json().at("/items/2/previousHash").asText()).isEqualTo(trail.json().at("/items/1/hash").asText());

        assertThat(api.put("/api/v1/tenants/" + tenant + "/audit", "{}").status()).as("no edits").isEqualTo(405);
        assertThat(api.delete("/api/v1/tenants/" + tenant + "/audit").status()).as("no deletes").isEqualTo(405);
    }

    @Test
    public void r9_everyActivityOfAContactCentreUserIsRecorded() {
        String reseller = api.createReseller("Activity " + unique());
        String tenant = api.createTenant(reseller, "Activity tenant", "act-" + unique(), "s");
        String base = "/api/v1/tenants/" + tenant;
        api.put(base + "/device-packs", "{\"quantity\":1}");
        api.put(base + "/licences/voice", "{\"quantity\":1}");
        String agent = api.id(api.post(base + "/users", "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Agent\",\"username\":\"act-" + unique() + "\"}"));
        String desk = api.post(base + "/devices", "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"Hot desk\"}").json().at("/device/id").asText();
        String line = api.id(api.post(base + "/lines", "{\"name\":\"Desk 1\",\"deviceId\":\"" + desk + "\"}"));
        String before = java.time.Instant.now().toString();
        api.put(base + "/users/" + agent + "/channels/voice", "");
        api.put(base + "/lines/" + line + "/holder", "{\"userId\":\"" + agent + "\"}");
        api.delete(base + "/lines/" + line + "/holder?userId=" + agent);

        assertThat(actions(api.get(base + "/audit?userId=" + agent).json()))
                .containsExactly("user.created", "user.channel-granted", "line.logged-in", "line.logged-out");
        assertThat(actions(api.get(base + "/audit?userId=" + agent + "&from=" + before).json()))
                .containsExactly("user.channel-granted", "line.logged-in", "line.logged-out");
        assertThat(actions(api.get(base + "/audit").json())).contains("device-packs.set", "licences.set", "device.created", "line.created");
        assertThat(api.get(base + "/audit?from=yesterday").status()).isEqualTo(400);
    }

    /** Issue 9, item 4: the trail is searched by action (or a family of actions), actor and target; unknown filters are refused. */
    @Test
    public void auditIsFilteredByActionActorAndTarget() {
        String reseller = api.createReseller("Filtered " + unique());
        String tenant = api.createTenant(reseller, "Filtered tenant", "flt-" + unique(), "s");
        String base = "/api/v1/tenants/" + tenant;
        String department = api.id(api.post(base + "/departments", "{\"name\":\"Ops\",\"countryCode\":\"RS\"}"));
        String user = api.id(api.post(base + "/users", "{\"type\":\"BACK_OFFICE\",\"departmentId\":\"" + department
                + "\",\"displayName\":\"Filtered\"}"));
        api.put(base + "/users/" + user, "{\"type\":\"BACK_OFFICE\",\"departmentId\":\"" + department + "\",\"displayName\":\"Renamed\"}");

        assertThat(actions(api.get(base + "/audit?action=user.updated").json())).containsExactly("user.updated");
        assertThat(actions(api.get(base + "/audit?action=user.").json())).containsExactly("user.created", "user.updated");
        assertThat(actions(api.get(base + "/audit?target=user:" + user).json())).containsExactly("user.created", "user.updated");
        assertThat(actions(api.get(base + "/audit?actor=operator:admin&action=department.created").json())).containsExactly("department.created");
        assertThat(actions(api.get(base + "/audit?actor=user:nobody").json())).isEmpty();

        Answer csv = api.get(base + "/audit?format=csv&action=user.");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().toList()).hasSize(3).first().asString().isEqualTo("sequence,recordedAt,actor,action,target,userId,details,previousHash,hash");
        assertThat(csv.body()).contains("user.created").contains("user.updated").doesNotContain("department.created");

        Answer unknown = api.get(base + "/audit?acton=user.updated");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("acton");
        assertThat(unknown.json().at("/errors/0/message").asText()).contains("action").contains("actor").contains("target");
    }

    @Test
    public void r9_dashboardLogInAndLogOutAreRecorded() {
        String reseller = api.createReseller("Sessions " + unique());
        String tenant = api.createTenant(reseller, "Session tenant", "sess-" + unique(), "s");
        String name = "sess-" + unique();
        String agent = api.id(api.post("/api/v1/tenants/" + tenant + "/users",
                "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Agent\",\"username\":\"" + name + "\"}"));
        api.put("/api/v1/tenants/" + tenant + "/users/" + agent + "/password", "{\"password\":\"session password 1\"}");

        Answer session = api.as(Api.basic(api.signIn(tenant, name), "session password 1")).post("/api/v1/sessions", "");
        assertThat(session.status()).as(session.body()).isEqualTo(201);
        Api dashboard = api.as(Api.bearer(session.json().get("token").asText()));
        assertThat(dashboard.get("/api/v1/tenants/" + tenant + "/users/" + agent).status()).isEqualTo(200);
        assertThat(dashboard.delete("/api/v1/sessions/" + session.json().at("/apiToken/id").asText()).status()).isEqualTo(204);
        assertThat(dashboard.get("/api/v1/tenants/" + tenant + "/users/" + agent).status()).as("the session is over").isEqualTo(401);

        assertThat(actions(api.get("/api/v1/tenants/" + tenant + "/audit?userId=" + agent).json()))
                .containsSubsequence("user.created", "user.password-set", "user.logged-in", "user.logged-out");
    }

    @Test
    public void r9_resellerLevelChangesAreQueryable() {
        String reseller = api.createReseller("Reseller audit " + unique());
        api.put("/api/v1/resellers/" + reseller + "/prices", "{\"currency\":\"EUR\",\"prices\":[{\"item\":\"pbx\",\"unitPrice\":10}]}");
        api.createTenant(reseller, "Not in the reseller trail", "ra-" + unique(), "s");
        List<String> trail = actions(api.get("/api/v1/resellers/" + reseller + "/audit").json());
        assertThat(trail).containsExactly("reseller.created", "prices.set");
    }

    @Test
    public void r9_verificationDetectsAnAlteredRow() throws Exception {
        String reseller = api.createReseller("Tamper " + unique());
        String tenant = api.createTenant(reseller, "Tamper tenant", "tamper-" + unique(), "s");
        JsonNode entry = api.get("/api/v1/tenants/" + tenant + "/audit").json().at("/items/0");
        long sequence = entry.get("sequence").asLong();
        assertThat(api.get("/api/v1/audit/verification").json().get("intact").asBoolean()).isTrue();

        setDetails(sequence, "name=Someone else");
        try {
            JsonNode broken = api.get("/api/v1/audit/verification").json();
            assertThat(broken.get("intact").asBoolean()).isFalse();
            assertThat(broken.get("firstBrokenSequence").asLong()).isEqualTo(sequence);
            assertThat(broken.get("problem").asText()).contains("altered");
            assertThat(shell("centrala:audit-verify")).contains("AUDIT LOG BROKEN at entry " + sequence);
        } finally {
            setDetails(sequence, entry.get("details").asText());
        }
        assertThat(api.get("/api/v1/audit/verification").json().get("intact").asBoolean()).isTrue();
        assertThat(shell("centrala:audit-verify")).contains("Audit log intact");
    }

    @Test
    public void r9_shellChangesAreRecordedAsTheShellUser() {
        String created = shell("centrala:reseller-add \"Shell audited " + unique() + "\"");
        String reseller = created.split(" ")[2].trim();
        String tenantAdded = shell("centrala:tenant-add --reseller " + reseller + " --pbx-host pbx.audit.test --ami-user c"
                + " --ami-secret x --agi-context shaud-" + unique() + " \"Shell audited tenant\"");
        String tenant = tenantAdded.split(" ")[2].trim();
        JsonNode trail = api.get("/api/v1/tenants/" + tenant + "/audit").json();
        assertThat(trail.at("/items/0/action").asText()).isEqualTo("tenant.created");
        assertThat(trail.at("/items/0/actor").asText()).startsWith("shell:");
        assertThat(shell("centrala:audit-list " + tenant)).contains("tenant.created");
    }

    /** Writes straight into the table, as someone with database access would, past every service. */
    private void setDetails(long sequence, String details) throws Exception {
        DataSource dataSource = Poll.until("the centrala DataSource", java.time.Duration.ofSeconds(30), () -> {
            try {
                var references = bundleContext.getServiceReferences(DataSource.class, "(dataSourceName=centrala)");
                return references.isEmpty() ? null : bundleContext.getService(references.iterator().next());
            } catch (org.osgi.framework.InvalidSyntaxException e) {
                throw new IllegalStateException(e);
            }
        });
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("UPDATE audit_entry SET details = ? WHERE sequence = ?")) {
            update.setString(1, details);
            update.setLong(2, sequence);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    private static List<String> actions(JsonNode page) {
        List<String> actions = new ArrayList<>();
        page.get("items").forEach(item -> actions.add(item.get("action").asText()));
        return actions;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private String shell(String command) {
        return Shell.run(sessionFactory, command);
    }
}
