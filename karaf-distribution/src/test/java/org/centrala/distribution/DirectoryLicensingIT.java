package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.centrala.distribution.Api.Answer;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Users, devices, ring plans, lines, licences and billing on the real distribution over HTTP,
 * one test per rule of DOMAIN.md that they implement, including the races of R11 and R14.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class DirectoryLicensingIT {
    private Api api;

    @javax.inject.Inject
    private org.apache.karaf.shell.api.console.SessionFactory sessionFactory;

    @javax.inject.Inject
    private org.osgi.framework.BundleContext bundleContext;

    @javax.inject.Inject
    private org.apache.karaf.features.FeaturesService features;

    @Configuration
    public Option[] config() {
        return CentralaContainer.options();
    }

    @Before
    public void waitForApi() {
        api = new Api(Integer.getInteger(CentralaContainer.HTTP_PORT_PROPERTY));
        Readiness.await(api);
    }

    // --- issue 9, item 2: partial updates, lost updates, the last administrator

    @Test
    public void usersArePatchedWithLostUpdatesRefusedAndTheLastAdministratorKept() {
        Tenant t = newTenant();
        String department = api.id(api.post(t.path("/departments"), "{\"name\":\"Moves\",\"countryCode\":\"RS\"}"));
        String name = "patch-" + unique();
        Answer created = api.post(t.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Patched\",\"username\":\"" + name
                + "\",\"email\":\"p@patch.test\",\"roles\":[\"ADMINISTRATOR\",\"TECHNICIAN\"]}");
        String user = api.id(created);
        String path = t.path("/users/" + user);
        String etag = api.get(path).header("ETag");
        assertThat(etag).as("a read carries the version").isNotBlank().startsWith("\"");
        assertThat(created.header("ETag")).as("so does a create").isEqualTo(etag);

        // Moving to another department with only departmentId: the rest stays.
        Answer moved = api.patch(path, "{\"departmentId\":\"" + department + "\"}", etag);
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("departmentId").asText()).isEqualTo(department);
        assertThat(moved.json().get("email").asText()).isEqualTo("p@patch.test");
        assertThat(moved.json().get("roles").toString()).contains("ADMINISTRATOR").contains("TECHNICIAN");
        String newEtag = moved.header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);

        // The second editor still holds the old version: 412, with the current version, nothing written.
        Answer lost = api.patch(path, "{\"displayName\":\"Overwritten\"}", etag);
        assertProblem(lost, 412);
        assertThat(lost.json().get("type").asText()).isEqualTo("urn:centrala:problem:stale-version");
        assertThat(lost.header("ETag")).isEqualTo(newEtag);
        assertThat(api.put(path, "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Overwritten\",\"username\":\"" + name + "\"}", etag).status())
                .as("a PUT too").isEqualTo(412);
        assertThat(api.get(path).json().get("displayName").asText()).isEqualTo("Patched");

        // null clears; an unknown field is a 400 as in a PUT; without If-Match the last write wins.
        Answer cleared = api.patch(path, "{\"email\":null}", null);
        assertThat(cleared.status()).isEqualTo(200);
        assertThat(cleared.json().has("email") && !cleared.json().get("email").isNull()).isFalse();
        Answer unknown = api.patch(path, "{\"colour\":\"red\"}", null);
        assertProblem(unknown, 400);
        assertThat(unknown.json().at("/errors/0/field").asText()).isEqualTo("colour");

        // The only ADMINISTRATOR cannot give the role up, nor leave: 409 saying what to do.
        Answer demoted = api.patch(path, "{\"roles\":[\"TECHNICIAN\"]}", null);
        assertProblem(demoted, 409);
        assertThat(demoted.json().get("detail").asText()).contains("last active ADMINISTRATOR").contains("give another");
        assertProblem(api.delete(path), 409);
        String second = api.id(api.post(t.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Second\",\"username\":\"second-"
                + unique() + "\",\"roles\":[\"ADMINISTRATOR\"]}"));
        assertThat(api.patch(path, "{\"roles\":[\"TECHNICIAN\"]}", null).status()).as("once there is another").isEqualTo(200);
        assertProblem(api.delete(t.path("/users/" + second)), 409);
    }

    /** Issue 9, item 2: devices, access profiles and lines are patched too, with lost updates refused. */
    @Test
    public void devicesProfilesAndLinesArePatched() {
        Tenant t = newTenant();
        t.packs(1);
        String owner = api.id(api.post(t.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Owner\",\"username\":\"own-" + unique() + "\"}"));
        String device = api.post(t.path("/devices"), "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"Desk\",\"ownerUserId\":\"" + owner + "\"}")
                .json().at("/device/id").asText();
        String etag = api.get(t.path("/devices/" + device)).header("ETag");
        Answer relabelled = api.patch(t.path("/devices/" + device), "{\"label\":\"Reception desk\"}", etag);
        assertThat(relabelled.status()).as(relabelled.body()).isEqualTo(200);
        assertThat(relabelled.json().get("ownerUserId").asText()).as("the owner stays").isEqualTo(owner);
        assertProblem(api.patch(t.path("/devices/" + device), "{\"label\":\"Lost\"}", etag), 412);
        assertProblem(api.patch(t.path("/devices/" + device), "{\"kind\":\"MOBILE_PHONE\"}", null), 400);

        String profile = api.id(api.post(t.path("/access-profiles"), "{\"name\":\"Agents\",\"functions\":[\"calls\"],\"scope\":\"OWN\"}"));
        Answer renamed = api.patch(t.path("/access-profiles/" + profile), "{\"name\":\"Senior agents\"}", null);
        assertThat(renamed.json().get("functions").toString()).contains("calls");
        assertThat(renamed.json().get("name").asText()).isEqualTo("Senior agents");
        String profileTag = renamed.header("ETag");
        assertThat(api.patch(t.path("/access-profiles/" + profile), "{\"scope\":\"TENANT\"}", profileTag).status()).isEqualTo(200);
        assertProblem(api.patch(t.path("/access-profiles/" + profile), "{\"name\":\"Lost\"}", profileTag), 412);
        assertThat(api.get(t.path("/access-profiles/" + profile)).json().get("name").asText()).as("nothing written").isEqualTo("Senior agents");

        String free = api.post(t.path("/devices"), "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"Free desk\"}").json().at("/device/id").asText();
        String line = api.id(api.post(t.path("/lines"), "{\"name\":\"Line 1\",\"deviceId\":\"" + free + "\"}"));
        Answer line2 = api.patch(t.path("/lines/" + line), "{\"name\":\"Hot desk 1\"}", api.get(t.path("/lines/" + line)).header("ETag"));
        assertThat(line2.json().get("deviceId").asText()).isEqualTo(free);
        assertThat(line2.json().get("name").asText()).isEqualTo("Hot desk 1");
        String lineTag = line2.header("ETag");
        assertThat(api.patch(t.path("/lines/" + line), "{\"name\":\"Hot desk one\"}", lineTag).status()).isEqualTo(200);
        Answer lostLine = api.patch(t.path("/lines/" + line), "{\"name\":\"Lost\"}", lineTag);
        assertProblem(lostLine, 412);
        assertThat(lostLine.header("ETag")).as("the 412 names the current version").isNotBlank().isNotEqualTo(lineTag);
        assertThat(api.get(t.path("/lines/" + line)).json().get("name").asText()).isEqualTo("Hot desk one");
    }

    /** Issue 9, item 6: a reseller closes a month that has ended, and its statements are kept as invoiced. */
    @Test
    public void aResellerClosesAMonthThatHasEnded() {
        Tenant t = newTenant();
        String last = YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
        String now = YearMonth.now(ZoneOffset.UTC).toString();
        String closing = "/api/v1/resellers/" + t.reseller + "/billing/" + last + "/closing";
        Tenant bystander = newTenant();
        assertThat(api.as(null).post(closing, "").status()).isEqualTo(401);

        Answer closed = api.post(closing, "");
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().isArray()).isTrue();
        assertThat(closed.body()).as("a tenant created after the month is not billed for it").doesNotContain(t.id);
        assertThat(api.get(t.path("/billing/" + last)).json().get("closed").asBoolean()).isTrue();
        assertThat(api.get(t.path("/billing/" + now)).json().get("closed").asBoolean()).as("the running month stays open").isFalse();
        assertProblem(api.post(closing, ""), 409);
        assertProblem(api.post("/api/v1/resellers/" + t.reseller + "/billing/" + now + "/closing", ""), 400);
        assertThat(api.get(bystander.path("/billing/" + last)).json().get("closed").asBoolean()).as("another reseller's month").isFalse();
        assertThat(api.get("/api/v1/resellers/" + t.reseller + "/audit?size=100").body()).contains("billing.month-closed");
    }

    /** Issue 9, item 1: no dead end: a department that only users who left refer to can be deleted. */
    @Test
    public void aDepartmentHoldingOnlyUsersWhoLeftCanBeDeleted() {
        Tenant t = newTenant();
        String department = api.id(api.post(t.path("/departments"), "{\"name\":\"Closing\",\"countryCode\":\"RS\"}"));
        String user = api.id(api.post(t.path("/users"), "{\"type\":\"BACK_OFFICE\",\"departmentId\":\"" + department
                + "\",\"displayName\":\"Last One\"}"));
        Answer refused = api.delete(t.path("/departments/" + department));
        assertProblem(refused, 409);
        assertThat(refused.json().get("detail").asText()).contains("1 active user(s)").contains("Closing").contains("PATCH departmentId");

        assertThat(api.delete(t.path("/users/" + user)).status()).isEqualTo(200);
        assertThat(api.delete(t.path("/departments/" + department)).status()).as("only a user who left remains").isEqualTo(204);
        assertThat(api.get(t.path("/departments/" + department)).status()).isEqualTo(404);
        JsonNode left = api.get(t.path("/users/" + user)).json();
        assertThat(left.get("leftAt").isNull()).isFalse();
        assertThat(left.path("departmentId").isNull() || left.path("departmentId").isMissingNode()).as("it lets go of the department").isTrue();
        assertThat(api.get(t.path("/audit?action=department.deleted")).body()).contains(department);
    }

    /** Issue 9, item 1: a user who left can come back, and log in again with its password. */
    @Test
    public void aUserWhoLeftIsReactivated() {
        Tenant t = newTenant();
        String name = "back-" + unique();
        String user = api.id(api.post(t.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Comes Back\",\"username\":\"" + name + "\"}"));
        assertThat(api.put(t.path("/users/" + user + "/password"), "{\"password\":\"coming back 12345\"}").status()).isEqualTo(204);
        Api self = api.as(Api.basic(api.signIn(t.id, name), "coming back 12345"));
        assertThat(self.get(t.path("/users/" + user)).status()).isEqualTo(200);
        assertThat(api.delete(t.path("/users/" + user)).status()).isEqualTo(200);
        assertThat(self.get(t.path("/users/" + user)).status()).isEqualTo(401);
        assertProblem(api.patch(t.path("/users/" + user), "{\"displayName\":\"Ghost\"}", null), 409);

        Answer back = api.post(t.path("/users/" + user + "/reactivation"), "");
        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.json().get("leftAt").isNull()).isTrue();
        assertThat(self.get(t.path("/users/" + user)).status()).as("the same password again").isEqualTo(200);
        assertProblem(api.post(t.path("/users/" + user + "/reactivation"), ""), 409);
        assertThat(api.get(t.path("/audit?target=user:" + user + "&action=user.")).body()).contains("user.left").contains("user.reactivated");
    }

    /** Issue 9, item 1: terminated, withdrawn, terminated again and erased; each step audited, billing and names right. */
    @Test
    public void aTenantIsTerminatedAndErasedWithItsBillingHistoryKept() {
        Tenant t = newTenant();
        t.packs(1);
        t.licences("voice", 1);
        String name = "erased-" + unique();
        String user = api.id(api.post(t.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Milica Personal\",\"email\":"
                + "\"milica@personal.example\",\"username\":\"" + name + "\",\"roles\":[\"ADMINISTRATOR\"]}"));
        assertThat(api.put(t.path("/users/" + user + "/password"), "{\"password\":\"before erasure 123\"}").status()).isEqualTo(204);
        assertThat(api.put(t.path("/users/" + user + "/channels/voice"), "").status()).isEqualTo(200);
        Answer device = api.post(t.path("/devices"), "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"Desk\",\"ownerUserId\":\"" + user + "\"}");
        assertThat(device.status()).as(device.body()).isEqualTo(201);
        Api self = api.as(Api.basic(api.signIn(t.id, name), "before erasure 123"));
        assertThat(self.get("/api/v1/me").status()).isEqualTo(200);
        api.put("/api/v1/resellers/" + t.reseller + "/prices", "{\"currency\":\"EUR\",\"prices\":[{\"item\":\"pbx\",\"unitPrice\":30}]}");
        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();

        Answer deleted = api.delete("/api/v1/tenants/" + t.id);
        assertProblem(deleted, 409);
        assertThat(deleted.json().get("detail").asText()).as("the 409 names a possible step").contains("/termination");
        assertProblem(api.post("/api/v1/tenants/" + t.id + "/erasure", ""), 409);

        JsonNode terminated = api.post("/api/v1/tenants/" + t.id + "/termination", "").json();
        assertThat(terminated.get("status").asText()).isEqualTo("TERMINATED");
        assertThat(terminated.get("erasableAt").asText()).isNotEmpty();
        assertThat(self.get("/api/v1/me").status()).as("its users are refused at once").isEqualTo(401);
        Answer reactivate = api.delete("/api/v1/tenants/" + t.id + "/suspension");
        assertProblem(reactivate, 409);
        assertThat(reactivate.json().get("detail").asText()).contains("DELETE /api/v1/tenants/" + t.id + "/termination");
        assertThat(api.delete("/api/v1/tenants/" + t.id + "/termination").json().get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(api.delete("/api/v1/tenants/" + t.id + "/suspension").json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(self.get("/api/v1/me").status()).as("withdrawn and reactivated: all is as it was").isEqualTo(200);

        assertThat(api.post("/api/v1/tenants/" + t.id + "/termination", "").status()).isEqualTo(200);
        Answer erased = api.post("/api/v1/tenants/" + t.id + "/erasure", "");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("status").asText()).isEqualTo("ERASED");

        String after = api.get(t.path("/users?left=any")).body();
        assertThat(after).doesNotContain("Milica Personal").doesNotContain("milica@personal.example").doesNotContain(name)
                .contains("Erased user " + user.substring(0, 8));
        assertThat(api.get(t.path("/devices")).json().get("total").asInt()).isZero();
        assertThat(api.get(t.path("/departments")).json().get("total").asInt()).isZero();
        assertThat(self.get("/api/v1/me").status()).isEqualTo(401);
        JsonNode statement = api.get(t.path("/billing/" + month)).json();
        assertThat(statement.get("total").decimalValue()).as("the month of the termination is billed").isEqualByComparingTo("30");
        assertThat(api.get(t.path("/billing/" + java.time.YearMonth.parse(month).plusMonths(1))).json().get("lines")).isEmpty();
        assertThat(api.get(t.path("/audit?action=tenant.")).body()).contains("tenant.terminated").contains("tenant.termination-withdrawn")
                .contains("tenant.erased").contains("call-records,directory,licensing,queues,routing,security");
        assertProblem(api.delete("/api/v1/tenants/" + t.id + "/suspension"), 409);
        assertThat(api.get("/api/v1/tenants/" + t.id).json().get("name").asText()).as("its name stays for its reseller").startsWith("Tenant ");
    }

    /** Issue 9, item 1: a user who left is erased on request; call records and the audit trail keep a pseudonym. */
    @Test
    public void aUserWhoLeftIsErasedOnRequest() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        String user = api.id(api.post(t.path("/users"), "{\"type\":\"BACK_OFFICE\",\"displayName\":\"Petar Private\",\"email\":\"petar@private.example\"}"));
        assertProblem(api.post(t.path("/users/" + user + "/erasure"), ""), 409);
        assertThat(api.delete(t.path("/users/" + user)).status()).isEqualTo(200);
        assertThat(api.post(other.path("/users/" + user + "/erasure"), "").status()).as("R1: through another tenant").isEqualTo(404);

        Answer erased = api.post(t.path("/users/" + user + "/erasure"), "");

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("displayName").asText()).isEqualTo("Erased user " + user.substring(0, 8));
        assertThat(erased.json().get("erasedAt").asText()).isNotEmpty();
        assertThat(api.get(t.path("/users/" + user)).body()).doesNotContain("Petar").doesNotContain("petar@");
        assertProblem(api.post(t.path("/users/" + user + "/reactivation"), ""), 409);
        assertThat(api.get(t.path("/audit?action=user.erased")).body()).contains(user);
        Answer soap = api.soapDirectory("eraseUser", "<t:tenantId>" + t.id + "</t:tenantId><t:id>" + user + "</t:id>");
        assertThat(soap.soapText("displayName")).as(soap.body()).startsWith("Erased user ");
    }

    /** Issue 9, item 1: a node operator moves a tenant; the month of the move stays with the reseller it leaves. */
    @Test
    public void aTenantMovesToAnotherResellerWhichBillsItFromTheNextMonth() {
        Tenant t = newTenant();
        String to = api.createReseller("Next " + unique());
        String fromAdmin = resellerAdmin(t.reseller);
        String toAdmin = resellerAdmin(to);
        String month = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
        String next = java.time.YearMonth.now(java.time.ZoneOffset.UTC).plusMonths(1).toString();

        assertThat(api.as(Api.basic(fromAdmin, "reseller password 1")).post("/api/v1/tenants/" + t.id + "/move", "{\"resellerId\":\"" + to + "\"}")
                .status()).as("operators only").isEqualTo(403);
        assertProblem(api.post("/api/v1/tenants/" + t.id + "/move", "{\"resellerId\":\"no-such-reseller\"}"), 404);
        assertProblem(api.post("/api/v1/tenants/" + t.id + "/move", "{\"reseller\":\"" + to + "\"}"), 400);
        Answer moved = api.post("/api/v1/tenants/" + t.id + "/move", "{\"resellerId\":\"" + to + "\"}");

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().get("resellerId").asText()).isEqualTo(to);
        assertThat(api.as(Api.basic(toAdmin, "reseller password 1")).get("/api/v1/tenants/" + t.id).status()).isEqualTo(200);
        assertThat(api.as(Api.basic(fromAdmin, "reseller password 1")).get("/api/v1/tenants/" + t.id).status()).isIn(403, 404);
        assertThat(api.get("/api/v1/resellers/" + t.reseller + "/billing/" + month).body()).contains(t.id);
        assertThat(api.get("/api/v1/resellers/" + to + "/billing/" + month).body()).doesNotContain(t.id);
        assertThat(api.get("/api/v1/resellers/" + to + "/billing/" + next).body()).contains(t.id);
        assertThat(api.get("/api/v1/resellers/" + t.reseller + "/billing/" + next).body()).doesNotContain(t.id);
        assertProblem(api.get(t.path("/billing/" + month)), 409);
        assertThat(api.get("/api/v1/resellers/" + t.reseller + "/audit?action=tenant.moved-out").body()).contains(t.id);
        assertThat(api.get("/api/v1/resellers/" + to + "/audit?action=tenant.moved-in").body()).contains(t.id);
    }

    /** Issue 9, item 6: prices apply from a month; a closed month is corrected by a credit on an open one, over REST and SOAP. */
    @Test
    public void pricesHaveAnEffectiveMonthAndAClosedMonthIsCorrectedLater() {
        Tenant t = newTenant();
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        String prices = "/api/v1/resellers/" + t.reseller + "/prices";
        assertThat(api.put(prices, "{\"currency\":\"EUR\",\"fromMonth\":\"" + now.minusMonths(1) + "\",\"prices\":[{\"item\":\"pbx\",\"unitPrice\":30}]}")
                .json().get("fromMonth").asText()).isEqualTo(now.minusMonths(1).toString());
        Answer later = api.put(prices, "{\"currency\":\"EUR\",\"fromMonth\":\"" + now.plusMonths(1) + "\",\"prices\":[{\"item\":\"pbx\",\"unitPrice\":35}]}");
        assertThat(later.status()).as(later.body()).isEqualTo(200);
        assertThat(api.get(prices).json().at("/prices/0/unitPrice").decimalValue()).as("this month: still 30").isEqualByComparingTo("30");
        assertThat(api.get(prices + "?month=" + now.plusMonths(1)).json().at("/prices/0/unitPrice").decimalValue()).isEqualByComparingTo("35");
        assertThat(api.get(prices + "/history").json()).hasSize(2);
        assertProblem(api.get(prices + "?month=2026-13"), 400);
        assertThat(api.get(t.path("/billing/" + now.plusMonths(1))).json().get("total").decimalValue()).isEqualByComparingTo("35");
        // Issue 9, item 2: a merge patch starts from the list in effect in its month; what is not sent stays.
        Answer patchedPrices = api.patch(prices, "{\"fromMonth\":\"" + now.plusMonths(2) + "\",\"currency\":\"USD\"}", null);
        assertThat(patchedPrices.status()).as(patchedPrices.body()).isEqualTo(200);
        assertThat(patchedPrices.json().get("currency").asText()).isEqualTo("USD");
        assertThat(patchedPrices.json().at("/prices/0/unitPrice").decimalValue()).as("the prices of " + now.plusMonths(1) + " stay").isEqualByComparingTo("35");
        assertThat(api.get(prices + "?month=" + now.plusMonths(1)).json().get("currency").asText()).as("the month before keeps its list").isEqualTo("EUR");
        assertProblem(api.patch(prices, "{\"currency\":\"EURO\",\"fromMonth\":\"" + now.plusMonths(2) + "\"}", null), 400);
        assertThat(api.get(prices + "/history").json()).hasSize(3);
        // A lost update of a price list: the ETag is that of the list in effect in the month written.
        String listTag = api.get(prices + "?month=" + now.plusMonths(2)).header("ETag");
        assertThat(listTag).isNotBlank().isEqualTo(patchedPrices.header("ETag"));
        assertThat(api.patch(prices, "{\"fromMonth\":\"" + now.plusMonths(2) + "\",\"currency\":\"CHF\"}", listTag).status()).isEqualTo(200);
        assertProblem(api.put(prices, "{\"currency\":\"GBP\",\"fromMonth\":\"" + now.plusMonths(2) + "\",\"prices\":[]}", listTag), 412);
        assertThat(api.get(prices + "?month=" + now.plusMonths(2)).json().get("currency").asText()).as("nothing written").isEqualTo("CHF");

        assertThat(api.post("/api/v1/resellers/" + t.reseller + "/billing/" + now.minusMonths(1) + "/closing", "").status()).isEqualTo(200);
        Answer rewrite = api.put(prices, "{\"currency\":\"EUR\",\"fromMonth\":\"" + now.minusMonths(1) + "\",\"prices\":[]}");
        assertProblem(rewrite, 409);
        assertThat(rewrite.json().get("detail").asText()).contains("/corrections");

        String corrections = "/api/v1/resellers/" + t.reseller + "/billing/" + now + "/corrections";
        Answer credit = api.post(corrections, "{\"tenantId\":\"" + t.id + "\",\"description\":\"Goodwill\",\"amount\":-7.5,"
                + "\"refersTo\":\"" + now.minusMonths(1) + "\"}");
        assertThat(credit.status()).as(credit.body()).isEqualTo(201);
        String id = credit.json().get("id").asText();
        assertThat(credit.header("Location")).endsWith(corrections + "/" + id);
        JsonNode statement = api.get(t.path("/billing/" + now)).json();
        assertThat(statement.get("total").decimalValue()).isEqualByComparingTo("22.50");
        assertThat(statement.toString()).contains("correction:" + id).contains("Goodwill (correcting " + now.minusMonths(1) + ")");
        assertProblem(api.post(corrections, "{\"tenantId\":\"" + t.id + "\",\"description\":\"x\",\"amount\":0}"), 400);
        assertProblem(api.post("/api/v1/resellers/" + t.reseller + "/billing/" + now.minusMonths(1) + "/corrections",
                "{\"tenantId\":\"" + t.id + "\",\"description\":\"x\",\"amount\":1}"), 409);
        assertThat(api.get("/api/v1/resellers/" + t.reseller + "/audit?action=billing.correction-added").body()).contains(id);
        assertThat(api.delete(corrections + "/" + id).status()).isEqualTo(204);
        assertThat(api.get(t.path("/billing/" + now)).json().get("total").decimalValue()).isEqualByComparingTo("30");

        Answer soap = api.soapLicensing("addBillingCorrection", "<t:resellerId>" + t.reseller + "</t:resellerId><t:month>" + now + "</t:month>"
                + "<t:correction><t:tenantId>" + t.id + "</t:tenantId><t:description>Soap debit</t:description><t:amount>2.25</t:amount></t:correction>");
        assertThat(soap.soapText("amount")).as(soap.body()).isEqualTo("2.25");
    }

    /** Issue 9, item 1: resellers likewise: terminated once their tenants are, then erased with them; each step audited. */
    @Test
    public void aResellerIsTerminatedAfterItsTenantsAndErasedWithThem() {
        Tenant t = newTenant();
        String admin = resellerAdmin(t.reseller);
        Api asAdmin = api.as(Api.basic(admin, "reseller password 1"));
        assertThat(asAdmin.get("/api/v1/resellers/" + t.reseller).status()).isEqualTo(200);
        assertThat(asAdmin.post("/api/v1/resellers/" + t.reseller + "/termination", "").status()).as("operators only").isEqualTo(403);

        Answer early = api.post("/api/v1/resellers/" + t.reseller + "/termination", "");
        assertProblem(early, 409);
        assertThat(early.json().get("detail").asText()).contains("1 active or suspended tenant(s)").contains("/move");
        assertThat(api.post("/api/v1/tenants/" + t.id + "/termination", "").status()).isEqualTo(200);
        JsonNode terminated = api.post("/api/v1/resellers/" + t.reseller + "/termination", "").json();
        assertThat(terminated.get("status").asText()).isEqualTo("TERMINATED");
        assertThat(terminated.get("erasableAt").asText()).isNotEmpty();
        assertThat(asAdmin.get("/api/v1/resellers/" + t.reseller).status()).as("its administrators are refused at once").isEqualTo(401);

        Answer erased = api.post("/api/v1/resellers/" + t.reseller + "/erasure", "");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("status").asText()).isEqualTo("ERASED");
        assertThat(api.get("/api/v1/tenants/" + t.id).json().get("status").asText()).isEqualTo("ERASED");
        assertThat(api.get("/api/v1/resellers/" + t.reseller + "/admins").body()).doesNotContain(admin);
        assertThat(api.get("/api/v1/resellers/" + t.reseller + "/audit?action=reseller.").body()).contains("reseller.terminated")
                .contains("reseller.erased");
        assertProblem(api.delete("/api/v1/resellers/" + t.reseller + "/suspension"), 409);
    }

    /**
     * Issue 9, item 9: every refusal the admin guide lists in a table answers as the table says. Each
     * row's situation is set up here (with the guide's names: Hooli, Globex Corp, Marko Agent, Desk 7,
     * Initech) and its answer compared with the row: the status, the field, and the message (see
     * {@link GuideRefusals} for what may differ). A row the guide gains without a situation here, or a
     * situation whose row the guide lost, fails the test too.
     */
    @Test
    public void everyRefusalTheAdminGuideTabulatesAnswersAsWritten() throws Exception {
        List<GuideRefusals.Row> rows = GuideRefusals.parse(java.nio.file.Files.readAllLines(
                java.nio.file.Path.of(System.getProperty("centrala.admin.guide"))));
        java.util.Map<String, java.util.function.Supplier<Answer>> situations = guideSituations();
        assertThat(rows).extracting(GuideRefusals.Row::situation).as("the guide's rows, each with its situation here")
                .containsExactlyInAnyOrderElementsOf(situations.keySet());
        List<String> failures = new ArrayList<>();
        for (GuideRefusals.Row row : rows) {
            Answer answer = situations.get(row.situation()).get();
            String said = row + " -> " + answer.status() + " " + answer.body();
            if (row.status() == null || answer.status() != row.status()) {
                failures.add("status, not " + row.status() + ": " + said);
                continue;
            }
            if (row.status() >= 400 && answer.status() != 403 && !answer.contentType().startsWith("application/problem+json")) {
                failures.add("not a problem document: " + said);
            }
            if (row.field() != null) {
                JsonNode error = null;
                for (JsonNode candidate : answer.json().path("errors")) {
                    if (row.names(candidate.get("field").asText()) && (row.message() == null || row.says(candidate.get("message").asText()))) {
                        error = candidate;
                    }
                }
                if (error == null) {
                    failures.add("no error on " + row.field() + " saying '" + row.message() + "': " + said);
                }
            } else if (row.message() != null && !row.says(answer.json().path("detail").asText())) {
                failures.add("detail, not '" + row.message() + "': " + said);
            }
        }
        assertThat(failures).as("refusals that do not answer as the guide's tables say").isEmpty();
    }

    /** Each situation of the guide's tables of refusals, set up on a fresh reseller or tenant, and the answer to its request. */
    private java.util.Map<String, java.util.function.Supplier<Answer>> guideSituations() {
        java.util.Map<String, java.util.function.Supplier<Answer>> situations = new java.util.LinkedHashMap<>();
        // Section 1: moving a tenant to another reseller.
        situations.put("the caller is a reseller administrator", () -> {
            Tenant t = newTenant();
            String to = api.createReseller("Beta " + unique());
            return api.as(Api.basic(resellerAdmin(t.reseller), "reseller password 1")).post(t.path("/move"), "{\"resellerId\":\"" + to + "\"}");
        });
        situations.put("`resellerId` is missing", () -> api.post(newTenant().path("/move"), "{}"));
        situations.put("the reseller does not exist", () -> api.post(newTenant().path("/move"), "{\"resellerId\":\"" + UUID.randomUUID() + "\"}"));
        situations.put("the new reseller has a tenant of the same name", () -> {
            String hooli = guideTenant(api.createReseller("Acme " + unique()), "Hooli");
            String beta = api.createReseller("Beta " + unique());
            guideTenant(beta, "Hooli");
            return api.post("/api/v1/tenants/" + hooli + "/move", "{\"resellerId\":\"" + beta + "\"}");
        });
        situations.put("the tenant was erased", () -> {
            String hooli = erasedTenant("Hooli");
            return api.post("/api/v1/tenants/" + hooli + "/move", "{\"resellerId\":\"" + api.createReseller("Beta " + unique()) + "\"}");
        });
        // Section 1: a tenant's life.
        situations.put("reactivating (`DELETE …/suspension`) a terminated tenant", () -> {
            String hooli = guideTenant(api.createReseller("Acme " + unique()), "Hooli");
            assertThat(api.post("/api/v1/tenants/" + hooli + "/termination", "").status()).isEqualTo(200);
            return api.delete("/api/v1/tenants/" + hooli + "/suspension");
        });
        situations.put("erasing a tenant that is not terminated",
                () -> api.post("/api/v1/tenants/" + guideTenant(api.createReseller("Acme " + unique()), "Globex Corp") + "/erasure", ""));
        situations.put("suspending, reactivating, terminating or withdrawing the termination of an erased tenant",
                () -> api.post("/api/v1/tenants/" + erasedTenant("Hooli") + "/termination", ""));
        // Section 4: ring plans.
        String[] plan = new String[3]; // user, own device, another user's device
        java.util.function.Function<String, Answer> ringPlan = steps -> {
            if (plan[0] == null) {
                Tenant t = newTenant();
                t.packs(1);
                plan[0] = t.backOfficeUser("Accountant");
                plan[1] = t.device("SIP_DESK_PHONE", "Desk", plan[0]);
                plan[2] = t.path("/users/" + plan[0] + "/ring-plan") + "|" + t.device("SIP_DESK_PHONE", "Other desk", t.backOfficeUser("Other"));
            }
            String[] pathAndForeign = plan[2].split("\\|");
            return api.put(pathAndForeign[0], "{\"steps\":" + steps.replace("OWN", plan[1]).replace("FOREIGN", pathAndForeign[1]) + "}");
        };
        situations.put("`steps` `must have at least one step; to go back to the default, reset the plan`", () -> ringPlan.apply("[]"));
        situations.put("`steps[i].ringSeconds` `must be between 1 and 300`",
                () -> ringPlan.apply("[{\"deviceIds\":[\"OWN\"],\"ringSeconds\":10},{\"deviceIds\":[\"OWN\"],\"ringSeconds\":301}]"));
        situations.put("`steps[i].deviceIds` `must name at least one device`", () -> ringPlan.apply("[{\"deviceIds\":[],\"ringSeconds\":10}]"));
        situations.put("`steps[i].deviceIds` `'<id>' is not a device of this user`",
                () -> ringPlan.apply("[{\"deviceIds\":[\"FOREIGN\"],\"ringSeconds\":10}]"));
        // Section 5: hot-desk lines.
        situations.put("someone else holds the line", () -> {
            Tenant t = newTenant();
            t.packs(1);
            String desk7 = guideLine(t, "Desk 7");
            assertThat(api.put(t.path("/lines/" + desk7 + "/holder"), "{\"userId\":\"" + t.agent("Marko Agent") + "\"}").status()).isEqualTo(200);
            return api.put(t.path("/lines/" + desk7 + "/holder"), "{\"userId\":\"" + t.agent("Nina Agent") + "\"}");
        });
        situations.put("the user already holds another line", () -> {
            Tenant t = newTenant();
            t.packs(1);
            String marko = t.agent("Marko Agent");
            assertThat(api.put(t.path("/lines/" + guideLine(t, "Desk 7") + "/holder"), "{\"userId\":\"" + marko + "\"}").status()).isEqualTo(200);
            return api.put(t.path("/lines/" + guideLine(t, "Desk 8") + "/holder"), "{\"userId\":\"" + marko + "\"}");
        });
        situations.put("the user has a device", () -> {
            Tenant t = newTenant();
            t.packs(1);
            String marko = t.agent("Marko Agent");
            t.device("SIP_SOFTPHONE", "Marko's softphone", marko);
            return api.put(t.path("/lines/" + guideLine(t, "Desk 7") + "/holder"), "{\"userId\":\"" + marko + "\"}");
        });
        situations.put("a back-office user", () -> {
            Tenant t = newTenant();
            t.packs(1);
            return api.put(t.path("/lines/" + guideLine(t, "Desk 7") + "/holder"), "{\"userId\":\"" + t.backOfficeUser("Clerk") + "\"}");
        });
        // Section 7: corrections.
        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        java.util.function.BiFunction<Tenant, String, Answer> correction = (t, body) ->
                api.post("/api/v1/resellers/" + t.reseller + "/billing/" + now + "/corrections", body);
        situations.put("`amount` is 0, or has more than 2 decimals", () -> {
            Tenant t = newTenant();
            assertThat(fields(correction.apply(t, "{\"tenantId\":\"" + t.id + "\",\"description\":\"x\",\"amount\":1.234}")))
                    .as("more than 2 decimals").containsExactly("amount");
            return correction.apply(t, "{\"tenantId\":\"" + t.id + "\",\"description\":\"Goodwill\",\"amount\":0}");
        });
        situations.put("`tenantId` or `description` is missing", () -> {
            Tenant t = newTenant();
            Answer noDescription = correction.apply(t, "{\"tenantId\":\"" + t.id + "\",\"amount\":-5}");
            assertThat(fields(noDescription)).as(noDescription.body()).containsExactly("description");
            Answer noTenant = correction.apply(t, "{\"description\":\"Goodwill\",\"amount\":-5}");
            assertThat(fields(noTenant)).as(noTenant.body()).containsExactly("tenantId");
            return noTenant;
        });
        situations.put("the tenant does not exist", () -> correction.apply(newTenant(),
                "{\"tenantId\":\"" + UUID.randomUUID() + "\",\"description\":\"Goodwill\",\"amount\":-5}"));
        situations.put("the reseller does not bill the tenant for that month (it moved, or did not exist yet)", () -> {
            String initech = guideTenant(api.createReseller("Acme " + unique()), "Initech");
            String beta = api.createReseller("Beta " + unique());
            assertThat(api.post("/api/v1/tenants/" + initech + "/move", "{\"resellerId\":\"" + beta + "\"}").status()).isEqualTo(200);
            return api.post("/api/v1/resellers/" + beta + "/billing/" + now + "/corrections",
                    "{\"tenantId\":\"" + initech + "\",\"description\":\"Goodwill\",\"amount\":-5}");
        });
        situations.put("the month is closed (adding or removing)", () -> {
            Tenant t = newTenant();
            String closing = "/api/v1/resellers/" + t.reseller + "/billing/" + now.minusMonths(1);
            assertThat(api.post(closing + "/closing", "").status()).isEqualTo(200);
            assertThat(api.delete(closing + "/corrections/" + UUID.randomUUID()).status()).as("removing").isEqualTo(409);
            return api.post(closing + "/corrections", "{\"tenantId\":\"" + t.id + "\",\"description\":\"Goodwill\",\"amount\":-5,"
                    + "\"refersTo\":\"" + now.minusMonths(1) + "\"}");
        });
        situations.put("removing a correction that does not exist in that month", () -> api.delete("/api/v1/resellers/" + newTenant().reseller
                + "/billing/" + now + "/corrections/" + UUID.randomUUID()));
        return situations;
    }

    /** A tenant of that reseller with the guide's name (and a sign-in domain of its own, since the name recurs here). */
    private String guideTenant(String reseller, String name) {
        Answer created = api.post("/api/v1/tenants", "{\"resellerId\":\"" + reseller + "\",\"name\":\"" + name + "\",\"signInDomain\":\"g"
                + unique() + "\",\"pbx\":{\"host\":\"pbx.example.net\",\"amiPort\":5038,\"amiUser\":\"centrala\",\"amiSecret\":\"s\","
                + "\"agiContext\":\"g" + unique() + "\"}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private String erasedTenant(String name) {
        String tenant = guideTenant(api.createReseller("Acme " + unique()), name);
        assertThat(api.post("/api/v1/tenants/" + tenant + "/termination", "").status()).isEqualTo(200);
        Answer erased = api.post("/api/v1/tenants/" + tenant + "/erasure", "");
        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        return tenant;
    }

    private String guideLine(Tenant t, String name) {
        String device = t.device("SIP_DESK_PHONE", name + " phone", null);
        return api.id(api.post(t.path("/lines"), "{\"name\":\"" + name + "\",\"deviceId\":\"" + device + "\"}"));
    }

    /** A reseller administrator of that reseller; its password is "reseller password 1". */
    private String resellerAdmin(String reseller) {
        String email = "ra-" + unique() + "@reseller.test";
        assertThat(api.post("/api/v1/resellers/" + reseller + "/admins", "{\"email\":\"" + email + "\",\"password\":\"reseller password 1\"}")
                .status()).isEqualTo(201);
        return email;
    }

    /** Issue 9, item 9: granting what is held changes nothing and records nothing; errors name users by name. */
    @Test
    public void grantingAHeldChannelRecordsNothingAndErrorsNameTheUser() {
        Tenant t = newTenant();
        api.put(t.path("/licences/voice"), "{\"quantity\":2}");
        api.put(t.path("/licences/chat"), "{\"quantity\":2}");
        String agent = api.id(api.post(t.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Milica Named\",\"username\":\"named-"
                + unique() + "\"}"));
        Answer chatFirst = api.put(t.path("/users/" + agent + "/channels/chat"), "");
        assertProblem(chatFirst, 409);
        assertThat(chatFirst.json().get("detail").asText()).contains("Milica Named").contains(agent);
        assertThat(api.put(t.path("/users/" + agent + "/channels/voice"), "").status()).isEqualTo(200);
        assertThat(api.put(t.path("/users/" + agent + "/channels/voice"), "").status()).as("again: idempotent").isEqualTo(200);
        long grants = 0;
        for (JsonNode entry : api.get(t.path("/audit?action=user.channel-granted")).json().get("items")) {
            grants++;
        }
        assertThat(grants).as("one grant, one audit entry").isEqualTo(1);
        String createdAt = api.get(t.path("/users/" + agent)).json().get("createdAt").asText();
        assertThat(createdAt).as("instants in milliseconds").matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
    }

    // --- issue 9, item 4: finding users; unknown query parameters

    @Test
    public void usersAreFoundByWhatPeopleSearchByAndUnknownParametersAreRefused() {
        Tenant t = newTenant();
        t.packs(1);
        String name = "find-" + unique();
        String agent = api.id(api.post(t.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Jelena Findme\",\"username\":\""
                + name + "\",\"email\":\"jelena@find.test\",\"roles\":[\"SUPERVISOR\"]}"));
        String other = api.id(api.post(t.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Someone Else\",\"username\":\"else-"
                + unique() + "\"}"));
        Answer mobile = api.post(t.path("/devices"), "{\"kind\":\"MOBILE_PHONE\",\"label\":\"Mobile\",\"ownerUserId\":\"" + other
                + "\",\"mobileNumber\":\"+381 64 555 0101\"}");
        assertThat(mobile.status()).as(mobile.body()).isEqualTo(201);
        Tenant elsewhere = newTenant();
        api.post(elsewhere.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Jelena Elsewhere\",\"username\":\"else-"
                + unique() + "\"}");

        assertThat(ids(api.get(t.path("/users?q=findme")))).containsExactly(agent);
        assertThat(ids(api.get(t.path("/users?q=jelena")))).as("not another tenant's Jelena (R1)").containsExactly(agent);
        assertThat(ids(api.get(t.path("/users?username=" + name.toUpperCase(java.util.Locale.ROOT))))).containsExactly(agent);
        assertThat(ids(api.get(t.path("/users?email=jelena@find.test")))).containsExactly(agent);
        assertThat(ids(api.get(t.path("/users?phoneNumber=0645550101")))).containsExactly(other);
        assertThat(ids(api.get(t.path("/users?role=supervisor&type=CONTACT_CENTRE")))).containsExactly(agent);
        assertThat(ids(api.get(t.path("/users?left=true")))).isEmpty();
        String desk = api.id(api.post(t.path("/users"), "{\"type\":\"BACK_OFFICE\",\"displayName\":\"Desk 20\",\"extension\":\"20\"}"));
        assertThat(ids(api.get(t.path("/users?extension=20")))).as("exactly that extension").containsExactly(desk);
        assertThat(ids(api.get(t.path("/users?extension=2")))).isEmpty();
        assertThat(api.soapDirectory("listUsers", "<t:tenantId>" + t.id + "</t:tenantId><t:extension>20</t:extension>").body())
                .contains(desk).doesNotContain(agent);
        Answer notAnExtension = api.get(t.path("/users?extension=twenty"));
        assertProblem(notAnExtension, 400);
        assertThat(notAnExtension.json().at("/errors/0/field").asText()).isEqualTo("extension");

        // The audit log: free text over action, actor, target and details, and the same filters over SOAP.
        String shortId = agent.substring(0, 13);
        List<String> mentioning = new ArrayList<>();
        api.get(t.path("/audit?q=" + shortId.toUpperCase(java.util.Locale.ROOT))).json().get("items")
                .forEach(entry -> mentioning.add(entry.get("action").asText() + " " + entry.get("target").asText()));
        assertThat(mentioning).as("any case").contains("user.created user:" + agent).doesNotContain("user.created user:" + other);
        assertThat(api.get(t.path("/audit?q=" + shortId)).body()).doesNotContain("user:" + other);
        assertThat(api.get(elsewhere.path("/audit?q=" + shortId)).json().get("items")).as("another tenant's log (R1)").isEmpty();
        Answer soapAudit = api.soapAudit("queryAudit", "<t:tenantId>" + t.id + "</t:tenantId><t:action>user.created</t:action><t:q>"
                + shortId + "</t:q>");
        assertThat(soapAudit.status()).as(soapAudit.body()).isEqualTo(200);
        assertThat(soapAudit.body()).contains("user:" + agent).doesNotContain("user:" + other).doesNotContain("device.created");
        assertThat(api.soapAudit("queryAudit", "<t:tenantId>" + t.id + "</t:tenantId><t:target>user:" + other + "</t:target>").body())
                .contains("user:" + other).doesNotContain("user:" + agent);

        assertProblem(api.get(t.path("/users?role=KING")), 400);
        // Exports: every match as CSV, streamed; SIP secrets never leave.
        Answer usersCsv = api.get(t.path("/users?format=csv&role=SUPERVISOR"));
        assertThat(usersCsv.status()).as(usersCsv.body()).isEqualTo(200);
        assertThat(usersCsv.contentType()).startsWith("text/csv");
        assertThat(usersCsv.body().lines().toList()).hasSize(2).first().asString().startsWith("id,displayName,type,username,email");
        assertThat(usersCsv.body()).contains(agent).contains("Jelena Findme").contains("SUPERVISOR").doesNotContain(other);
        Answer softphone = api.post(t.path("/devices"), "{\"kind\":\"SIP_SOFTPHONE\",\"label\":\"=cmd|' /C calc'!A0\"}");
        String secret = softphone.json().at("/sipSecret").asText();
        Answer devicesCsv = api.get(t.path("/devices?format=csv"));
        assertThat(devicesCsv.status()).isEqualTo(200);
        assertThat(devicesCsv.body()).contains("+381645550101").contains("'=cmd").doesNotContain(secret).doesNotContain("sipSecret");
        assertThat(api.get(t.path("/devices?format=csv&kind=MOBILE_PHONE")).body().lines().count()).isEqualTo(2);
        assertProblem(api.get(t.path("/users?format=xml")), 400);
        // The same as a spreadsheet (issue 9: XLSX where a spreadsheet is what people want): text stays text, never a formula.
        String usersXlsx = api.xlsxText(t.path("/users?format=xlsx&role=SUPERVISOR"));
        assertThat(usersXlsx).contains("displayName").contains("Jelena Findme").contains(agent).doesNotContain(other);
        String devicesXlsx = api.xlsxText(t.path("/devices?format=xlsx"));
        assertThat(devicesXlsx).contains("+381645550101").contains("=cmd|").doesNotContain(secret).doesNotContain("<f>");
        assertThat(api.xlsxText(t.path("/audit?format=xlsx&action=user."))).contains("user.created").contains("action");
        assertThat(api.get(elsewhere.path("/users?format=xlsx")).status()).isEqualTo(200);
        assertThat(api.xlsxText(elsewhere.path("/users?format=xlsx"))).doesNotContain(agent);
        assertThat(api.get(elsewhere.path("/users?format=csv")).body()).doesNotContain(agent);
        Answer soap = api.soapDirectory("listUsers", "<t:tenantId>" + t.id + "</t:tenantId><t:q>findme</t:q>");
        assertThat(soap.body()).as("the same search over SOAP").contains(agent).doesNotContain(other);
        for (String unknown : List.of("mobileNumber=%2B381645550101", "name=Jelena", "colour=red")) {
            Answer refused = api.get(t.path("/users?" + unknown));
            assertProblem(refused, 400);
            assertThat(refused.json().at("/errors/0/field").asText()).as(unknown).isEqualTo(unknown.substring(0, unknown.indexOf('=')));
        }
        Answer resellers = api.get("/api/v1/resellers?colour=red&size=5");
        assertProblem(resellers, 400);
        assertThat(resellers.json().get("errors")).hasSize(1);
        assertThat(resellers.json().at("/errors/0/message").asText()).contains("page").contains("size").contains("sort");
    }

    private static List<String> ids(Answer page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        page.json().get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    // --- R3 devices and packs

    @Test
    public void r3_eleventhDeviceNeedsASecondPack() {
        Tenant t = newTenant();
        t.packs(1);
        for (int i = 1; i <= 10; i++) {
            t.device("SIP_SOFTPHONE", "Softphone " + i, null);
        }
        Answer eleventh = api.post(t.path("/devices"), "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"Desk 11\"}");
        assertProblem(eleventh, 409);
        assertThat(eleventh.json().get("detail").asText()).contains("10 devices").contains("1 device pack").contains("pack number 2");

        assertProblem(api.put(t.path("/device-packs"), "{\"quantity\":0}"), 409);
        t.packs(2);
        assertThat(api.post(t.path("/devices"), "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"Desk 11\"}").status()).isEqualTo(201);
        Answer read = api.get(t.path("/device-packs"));
        JsonNode packs = read.json();
        assertThat(packs.get("devicesInUse").asInt()).isEqualTo(11);
        assertThat(packs.get("devicesAllowed").asInt()).isEqualTo(20);

        // Issue 9, item 2: packs and licences take PATCH, and a change against a version read before another is a 412.
        String packsTag = read.header("ETag");
        assertThat(packsTag).isNotBlank();
        Answer three = api.patch(t.path("/device-packs"), "{\"quantity\":3}", packsTag);
        assertThat(three.status()).as(three.body()).isEqualTo(200);
        assertThat(three.json().get("packs").asInt()).isEqualTo(3);
        assertProblem(api.put(t.path("/device-packs"), "{\"quantity\":4}", packsTag), 412);
        assertProblem(api.patch(t.path("/device-packs"), "{\"quantity\":1}", null), 409);
        t.licences("voice", 2);
        Answer voice = api.get(t.path("/licences/voice"));
        Answer more = api.patch(t.path("/licences/voice"), "{\"quantity\":4}", voice.header("ETag"));
        assertThat(more.status()).as(more.body()).isEqualTo(200);
        assertThat(more.json().get("licences").asInt()).isEqualTo(4);
        assertProblem(api.patch(t.path("/licences/voice"), "{\"quantity\":3}", voice.header("ETag")), 412);
        assertThat(api.get(t.path("/licences/voice")).json().get("licences").asInt()).as("nothing written").isEqualTo(4);
        Answer scheduled = api.patch(t.path("/licences/voice"), "{\"fromMonth\":\"" + YearMonth.now(ZoneOffset.UTC).plusMonths(1) + "\"}", null);
        assertThat(scheduled.json().get("changes").toString()).as("this month's quantity, from next month").contains("\"quantity\":4");
        assertProblem(api.patch(t.path("/licences/voice"), "{\"quantity\":\"many\"}", null), 400);
    }

    @Test
    public void r3_sipCredentialsAreShownOnceAndMobilesAreStoredInE164() {
        Tenant t = newTenant();
        t.packs(1);
        Answer sip = api.post(t.path("/devices"), "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"Reception\"}");
        assertThat(sip.status()).isEqualTo(201);
        String secret = sip.json().get("sipSecret").asText();
        String deviceId = sip.json().at("/device/id").asText();
        assertThat(secret).hasSizeGreaterThanOrEqualTo(20);
        assertThat(sip.json().at("/device/sipUsername").asText()).startsWith("sip-");
        assertThat(api.get(t.path("/devices/" + deviceId)).body()).doesNotContain(secret).doesNotContain("sipSecret");
        assertThat(api.get(t.path("/devices")).body()).doesNotContain(secret);

        Answer mobile = api.post(t.path("/devices"), "{\"kind\":\"MOBILE_PHONE\",\"label\":\"Boss\",\"mobileNumber\":\"+381 64 123 4567\"}");
        assertThat(mobile.json().at("/device/mobileNumber").asText()).isEqualTo("+381641234567");
        Answer national = api.post(t.path("/devices"), "{\"kind\":\"MOBILE_PHONE\",\"label\":\"Berlin\",\"mobileNumber\":\"0151 23456789\",\"region\":\"DE\"}");
        assertThat(national.json().at("/device/mobileNumber").asText()).isEqualTo("+4915123456789");
        Answer invalid = api.post(t.path("/devices"), "{\"kind\":\"MOBILE_PHONE\",\"label\":\"Bad\",\"mobileNumber\":\"+381 12\"}");
        assertProblem(invalid, 400);
        assertThat(fields(invalid)).containsExactly("mobileNumber");
    }

    // --- R4, R5, R7 users

    @Test
    public void r4_everyUserIsBackOfficeOrContactCentreAndTheirNumberIsNotLimited() {
        Tenant t = newTenant();
        Answer untyped = api.post(t.path("/users"), "{\"displayName\":\"Nobody\"}");
        assertProblem(untyped, 400);
        assertThat(fields(untyped)).containsExactly("type");
        Answer unknownType = api.post(t.path("/users"), "{\"type\":\"MANAGER\",\"displayName\":\"Boss\"}");
        assertProblem(unknownType, 400);
        assertThat(fields(unknownType)).containsExactly("type");
        for (int i = 0; i < 30; i++) {
            t.backOfficeUser("Clerk " + i);
        }
        t.agent("agent");
        assertThat(api.get(t.path("/users?size=100")).json().get("total").asInt()).as("no licence or pack limits users").isEqualTo(31);
    }

    @Test
    public void r5_backOfficeUserHasNoLoginCredential() {
        Tenant t = newTenant();
        Answer withLogin = api.post(t.path("/users"), "{\"type\":\"BACK_OFFICE\",\"displayName\":\"Warehouse\",\"username\":\"wh\",\"roles\":[\"ADMINISTRATOR\"]}");
        assertProblem(withLogin, 400);
        assertThat(fields(withLogin)).contains("username", "roles");

        JsonNode user = api.post(t.path("/users"), "{\"type\":\"BACK_OFFICE\",\"displayName\":\"Warehouse\"}").json();
        assertThat(user.get("username").isNull()).isTrue();
        assertThat(user.get("roles")).isEmpty();
        assertProblem(api.put(t.path("/users/" + user.get("id").asText() + "/channels/voice"), ""), 409);
    }

    @Test
    public void r7_contactCentreUserLogsInWithAnAccessProfile() {
        Tenant t = newTenant();
        Answer noUsername = api.post(t.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Agent\"}");
        assertProblem(noUsername, 400);
        assertThat(fields(noUsername)).containsExactly("username");

        String profile = api.id(api.post(t.path("/access-profiles"),
                "{\"name\":\"Agents\",\"functions\":[\"dashboard\",\"calls\",\"statistics.own\"],\"scope\":\"OWN\"}"));
        JsonNode agent = api.post(t.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Agent\",\"username\":\"agent-"
                + unique() + "\",\"accessProfileId\":\"" + profile + "\"}").json();
        assertThat(agent.get("accessProfileId").asText()).isEqualTo(profile);
        assertProblem(api.delete(t.path("/access-profiles/" + profile)), 409);
    }

    @Test
    public void r18_accessProfileScopesDepartmentsOfItsOwnTenantOnly() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        Answer scoped = api.post(t.path("/access-profiles"), "{\"name\":\"Belgrade supervisors\",\"functions\":[\"wallboard\",\"statistics.team\"],"
                + "\"scope\":\"DEPARTMENTS\",\"departmentIds\":[\"" + t.department + "\"]}");
        assertThat(scoped.status()).as(scoped.body()).isEqualTo(201);
        assertThat(scoped.json().get("departmentIds").get(0).asText()).isEqualTo(t.department);

        Answer foreign = api.post(t.path("/access-profiles"), "{\"name\":\"Spy\",\"functions\":[\"wallboard\"],"
                + "\"scope\":\"DEPARTMENTS\",\"departmentIds\":[\"" + other.department + "\"]}");
        assertProblem(foreign, 400);
        assertThat(fields(foreign)).containsExactly("departmentIds");
        assertProblem(api.post(t.path("/access-profiles"), "{\"name\":\"Bad\",\"functions\":[\"launch-missiles\"],\"scope\":\"TENANT\"}"), 400);
    }

    @Test
    public void r1_nothingOfAnotherTenantCanBeReferencedOrRead() {
        Tenant t = newTenant();
        Tenant other = newTenant();
        other.packs(1);
        String otherUser = other.backOfficeUser("Other");
        String otherDevice = other.device("SIP_DESK_PHONE", "Other desk", otherUser);

        assertProblem(api.get(t.path("/users/" + otherUser)), 404);
        assertProblem(api.get(t.path("/devices/" + otherDevice)), 404);
        assertThat(fields(api.post(t.path("/users"), "{\"type\":\"BACK_OFFICE\",\"displayName\":\"X\",\"departmentId\":\"" + other.department + "\"}")))
                .containsExactly("departmentId");
        t.packs(1);
        assertThat(fields(api.post(t.path("/devices"), "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"X\",\"ownerUserId\":\"" + otherUser + "\"}")))
                .containsExactly("ownerUserId");
        assertThat(api.get(t.path("/users")).body()).doesNotContain(otherUser);
    }

    // --- R5 ring plans

    @Test
    public void r5_ringPlanDefaultsToDeskPhoneThenMobileAndRefusesBadSteps() {
        Tenant t = newTenant();
        t.packs(1);
        String user = t.backOfficeUser("Accountant");
        String mobile = t.device("MOBILE_PHONE", "Accountant mobile", user);
        String desk = t.device("SIP_DESK_PHONE", "Accountant desk", user);

        JsonNode plan = api.get(t.path("/users/" + user + "/ring-plan")).json();
        assertThat(plan.get("stored").asBoolean()).isFalse();
        assertThat(plan.at("/steps/0/deviceIds/0").asText()).isEqualTo(desk);
        assertThat(plan.at("/steps/0/ringSeconds").asInt()).isEqualTo(10);
        assertThat(plan.at("/steps/1/deviceIds/0").asText()).isEqualTo(mobile);

        Answer both = api.put(t.path("/users/" + user + "/ring-plan"),
                "{\"steps\":[{\"deviceIds\":[\"" + desk + "\",\"" + mobile + "\"],\"ringSeconds\":25}]}");
        assertThat(both.status()).as(both.body()).isEqualTo(200);
        assertThat(both.json().get("stored").asBoolean()).isTrue();
        assertThat(both.json().at("/steps/0/deviceIds")).hasSize(2);

        assertThat(fields(api.put(t.path("/users/" + user + "/ring-plan"), "{\"steps\":[]}"))).containsExactly("steps");
        assertThat(fields(api.put(t.path("/users/" + user + "/ring-plan"),
                "{\"steps\":[{\"deviceIds\":[\"" + desk + "\"],\"ringSeconds\":0}]}"))).containsExactly("steps[0].ringSeconds");
        Tenant other = newTenant();
        other.packs(1);
        String foreign = other.device("SIP_DESK_PHONE", "Foreign", null);
        assertThat(fields(api.put(t.path("/users/" + user + "/ring-plan"),
                "{\"steps\":[{\"deviceIds\":[\"" + foreign + "\"],\"ringSeconds\":10}]}"))).containsExactly("steps[0].deviceIds");

        assertProblem(api.delete(t.path("/devices/" + desk)), 409);
        assertThat(api.delete(t.path("/users/" + user + "/ring-plan")).json().get("stored").asBoolean()).isFalse();

        // Issue 9, item 2: PATCH too; an array in a merge patch replaces the array, and an unknown field is refused.
        Answer patched = api.patch(t.path("/users/" + user + "/ring-plan"), "{\"steps\":[{\"deviceIds\":[\"" + mobile + "\"],\"ringSeconds\":12}]}", null);
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(patched.json().get("stored").asBoolean()).isTrue();
        assertThat(patched.json().get("steps")).hasSize(1);
        assertThat(patched.json().at("/steps/0/deviceIds/0").asText()).isEqualTo(mobile);
        assertThat(api.patch(t.path("/users/" + user + "/ring-plan"), "{}", null).json().at("/steps/0/ringSeconds").asInt())
                .as("an empty patch changes nothing").isEqualTo(12);
        assertThat(fields(api.patch(t.path("/users/" + user + "/ring-plan"), "{\"order\":[]}", null))).containsExactly("order");
        assertThat(fields(api.patch(t.path("/users/" + user + "/ring-plan"), "{\"steps\":null}", null))).containsExactly("steps");
        String planTag = api.get(t.path("/users/" + user + "/ring-plan")).header("ETag");
        assertThat(planTag).as("a stored plan has a version").isNotBlank();
        Answer longer = api.patch(t.path("/users/" + user + "/ring-plan"), "{\"steps\":[{\"deviceIds\":[\"" + desk + "\"],\"ringSeconds\":20}]}", planTag);
        assertThat(longer.status()).as(longer.body()).isEqualTo(200);
        assertProblem(api.put(t.path("/users/" + user + "/ring-plan"), "{\"steps\":[{\"deviceIds\":[\"" + mobile + "\"],\"ringSeconds\":5}]}",
                planTag), 412);
        assertThat(api.get(t.path("/users/" + user + "/ring-plan")).json().at("/steps/0/ringSeconds").asInt()).as("nothing written").isEqualTo(20);
    }

    // --- R11 lines

    @Test
    public void r11_ofTwoSimultaneousLogInsToOneLineExactlyOneWins() throws Exception {
        Tenant t = newTenant();
        t.packs(1);
        String line = api.id(api.post(t.path("/lines"), "{\"name\":\"Desk 7\",\"deviceId\":\"" + t.device("SIP_DESK_PHONE", "Hot desk 7", null) + "\"}"));
        String first = t.agent("first");
        String second = t.agent("second");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                CountDownLatch start = new CountDownLatch(1);
                Future<Answer> a = pool.submit(() -> {
                    start.await();
                    return api.put(t.path("/lines/" + line + "/holder"), "{\"userId\":\"" + first + "\"}");
                });
                Future<Answer> b = pool.submit(() -> {
                    start.await();
                    return api.put(t.path("/lines/" + line + "/holder"), "{\"userId\":\"" + second + "\"}");
                });
                start.countDown();
                List<Integer> statuses = List.of(a.get().status(), b.get().status());
                assertThat(statuses).as("round " + round).containsExactlyInAnyOrder(200, 409);

                String holder = api.get(t.path("/lines/" + line)).json().get("heldBy").asText();
                assertThat(holder).isIn(first, second);
                assertThat(api.delete(t.path("/lines/" + line + "/holder?userId=" + holder)).status()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    // --- R13-R17 licences and billing

    @Test
    public void r13_extraChannelsAreLicensedOneByOneIncludingThoseAPluginAdds() {
        Tenant t = newTenant();
        t.licences("voice", 1);
        String agent = t.agent("multichannel");
        api.put(t.path("/users/" + agent + "/channels/voice"), "");
        assertProblem(api.put(t.path("/users/" + agent + "/channels/chat"), ""), 409);
        t.licences("chat", 2);
        assertThat(api.put(t.path("/users/" + agent + "/channels/chat"), "").json().get("channels").toString())
                .isEqualTo("[\"chat\",\"voice\"]");
        // Voice is the base licence: no chat without it, and it goes last.
        String chatOnly = t.agent("chatonly");
        Answer withoutVoice = api.put(t.path("/users/" + chatOnly + "/channels/chat"), "");
        assertProblem(withoutVoice, 409);
        assertThat(withoutVoice.json().get("detail").asText()).contains("base licence is voice");
        assertProblem(api.delete(t.path("/users/" + agent + "/channels/voice")), 409);

        // A plugin registers a channel as a whiteboard service; the catalogue follows it at once.
        java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
        properties.put(org.centrala.licensing.ChannelType.CHANNEL_PROPERTY, "whatsapp");
        org.osgi.framework.ServiceRegistration<org.centrala.licensing.ChannelType> plugin = bundleContext.registerService(
                org.centrala.licensing.ChannelType.class, new org.centrala.licensing.ChannelType() {
                    @Override
                    public String id() {
                        return "whatsapp";
                    }

                    @Override
                    public String displayName() {
                        return "WhatsApp";
                    }
                }, properties);
        try {
            assertThat(api.get("/api/v1/channels").body()).contains("WhatsApp");
            t.licences("whatsapp", 1);
            assertThat(api.put(t.path("/users/" + agent + "/channels/whatsapp"), "").json().get("channels")).hasSize(3);
        } finally {
            plugin.unregister();
        }
        assertThat(api.get("/api/v1/channels").body()).doesNotContain("WhatsApp");
        // Removing the plugin never drops what the tenant bought and its users hold.
        assertThat(api.get(t.path("/users/" + agent)).json().get("channels").toString()).contains("whatsapp");
        assertThat(api.get(t.path("/licences")).body()).contains("whatsapp");
    }

    /**
     * Issue 8, item 2: installing and uninstalling a feature (the example plugin, from a features
     * repository of its own) refreshes none of the bundles the node runs on: Derby, pax-jdbc, CXF
     * and Centrala's own.
     */
    @Test
    public void installingAndUninstallingAPluginFeatureRefreshesNoCoreBundle() throws Exception {
        java.nio.file.Path repository = java.nio.file.Files.createTempFile("centrala-plugin-features", ".xml");
        java.nio.file.Files.writeString(repository, "<features name=\"centrala-plugin-test\" xmlns=\"http://karaf.apache.org/xmlns/features/v1.6.0\">"
                + "<feature name=\"centrala-example-sms\" version=\"1.0.0\"><bundle>"
                + new java.io.File(System.getProperty("centrala.example.plugin")).toURI() + "</bundle></feature></features>");
        java.util.List<String> stopped = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        org.osgi.framework.BundleListener watcher = event -> {
            String name = event.getBundle().getSymbolicName();
            boolean core = name != null && (name.contains("derby") || name.startsWith("org.ops4j.pax.jdbc")
                    || name.startsWith("org.apache.cxf") || name.startsWith("centrala-"))
                    && !name.equals("centrala-example-sms-channel"); // the plugin itself comes and goes
            if (core && (event.getType() == org.osgi.framework.BundleEvent.STOPPED
                    || event.getType() == org.osgi.framework.BundleEvent.UNRESOLVED)) {
                stopped.add(name);
            }
        };
        java.net.URI uri = repository.toUri();
        bundleContext.addBundleListener(watcher);
        try {
            features.addRepository(uri);
            features.installFeature("centrala-example-sms", "1.0.0");
            assertThat(api.get("/api/v1/channels").body()).as("the plugin runs").contains("sms");
            features.uninstallFeature("centrala-example-sms", "1.0.0");
        } finally {
            bundleContext.removeBundleListener(watcher);
            features.removeRepository(uri);
        }
        assertThat(stopped).as("core bundles stopped or unresolved by the feature's install and uninstall").isEmpty();
        Poll.until("the plugin's channel gone", java.time.Duration.ofSeconds(30),
                () -> !api.get("/api/v1/channels").body().contains("\"sms\""));
    }

    @Test
    public void pluginChannelComesAndGoesWithItsBundle() throws Exception {
        Tenant t = newTenant();
        String agent = t.agent("texter");
        t.licences("voice", 1);
        api.put(t.path("/users/" + agent + "/channels/voice"), ""); // R13: voice is the base licence
        org.osgi.framework.Bundle plugin = bundleContext.installBundle(
                new java.io.File(System.getProperty("centrala.example.plugin")).toURI().toString());
        try {
            plugin.start();
            Poll.until("the sms channel", java.time.Duration.ofSeconds(30), () -> api.get("/api/v1/channels").body().contains("\"sms\""));
            t.licences("sms", 1);
            assertThat(api.put(t.path("/users/" + agent + "/channels/sms"), "").json().get("channels").toString()).contains("sms");
        } finally {
            plugin.uninstall();
        }
        Poll.until("the sms channel to go", java.time.Duration.ofSeconds(30), () -> !api.get("/api/v1/channels").body().contains("\"sms\""));
        assertThat(api.get(t.path("/users/" + agent)).json().get("channels").toString()).as("what was bought and held stays").contains("sms");
    }

    /**
     * Issue 8: a plugin adds a REST resource of its own. Installing, updating and uninstalling it
     * changes the running API and the OpenAPI document in place, while the core's reads go on
     * without a single failure.
     */
    @Test
    public void pluginResourceComesUpdatesAndGoesWhileTheCoreServesReads() throws Exception {
        Tenant t = newTenant();
        String agent = t.agent("sms-writer");
        String agentLogIn = t.password(agent);
        String segments = t.path("/sms/segments");
        java.io.File jar = new java.io.File(System.getProperty("centrala.example.plugin"));
        try (Readers readers = Readers.start(api, List.of("/api/v1/resellers?size=5", t.path("/users?size=5"), t.path("/departments")))) {
            assertThat(api.post(segments, "{\"text\":\"hi\"}").status()).isEqualTo(404);
            assertThat(api.get("/api/v1/openapi.json").body()).doesNotContain("/sms/segments");

            org.osgi.framework.Bundle plugin = bundleContext.installBundle(jar.toURI().toString());
            try {
                plugin.start();
                Poll.until("the plugin's resource", java.time.Duration.ofSeconds(30), () -> api.post(segments, "{\"text\":\"hi\"}").status() == 200);
                Answer counted = api.as(agentLogIn).post(segments, "{\"text\":\"" + "a".repeat(161) + "\"}");
                assertThat(counted.status()).as(counted.body()).isEqualTo(200);
                assertThat(counted.json().get("segments").asInt()).isEqualTo(2);
                assertThat(counted.json().get("encoding").asText()).isEqualTo("GSM-7");
                // Authenticated, authorized and answered like a core resource.
                assertThat(api.as(null).post(segments, "{\"text\":\"hi\"}").status()).isEqualTo(401);
                Answer empty = api.post(segments, "{\"text\":\"\"}");
                assertThat(empty.status()).isEqualTo(400);
                assertThat(empty.contentType()).startsWith("application/problem+json");
                assertThat(empty.json().at("/errors/0/field").asText()).isEqualTo("text");
                assertThat(api.post(segments, "{\"txt\":\"hi\"}").status()).as("unknown field").isEqualTo(400);
                Tenant other = newTenant();
                String stranger = other.agent("stranger");
                assertThat(api.as(other.password(stranger)).post(segments, "{\"text\":\"hi\"}").status()).as("R1").isEqualTo(404);
                String openApi = api.get("/api/v1/openapi.json").body();
                assertThat(openApi).contains("/tenants/{tenantId}/sms/segments").contains("SMS (example plugin)").contains("/resellers");

                for (int i = 0; i < 3; i++) {
                    try (java.io.InputStream in = new java.io.FileInputStream(jar)) {
                        plugin.update(in);
                    }
                    Poll.until("the plugin's resource after update " + i, java.time.Duration.ofSeconds(30),
                            () -> api.post(segments, "{\"text\":\"hi\"}").status() == 200);
                }
            } finally {
                plugin.uninstall();
            }
            Poll.until("the plugin's resource to go", java.time.Duration.ofSeconds(30), () -> api.post(segments, "{\"text\":\"hi\"}").status() == 404);
            assertThat(api.get("/api/v1/openapi.json").body()).doesNotContain("/sms/segments").contains("/resellers");
            assertThat(readers.failures()).as("reads of the core while the plugin came, was updated and went").isEmpty();
            assertThat(readers.count()).isGreaterThan(20);
        }
    }

    /**
     * Issue 10: a plugin's settings come from its metatype alone (the web UI renders them from
     * GET /plugins), are checked against it, and apply at once through Config Admin; only operators
     * see or change them, and a password is never read back.
     */
    @Test
    public void pluginSettingsComeFromItsMetatypeAndApplyWithoutARestart() throws Exception {
        Tenant t = newTenant();
        String segments = t.path("/sms/segments");
        String settings = "/api/v1/plugins/centrala-example-sms-channel/settings/org.centrala.examples.sms";
        org.osgi.framework.Bundle plugin = bundleContext.installBundle(
                new java.io.File(System.getProperty("centrala.example.plugin")).toURI().toString());
        try {
            plugin.start();
            Poll.until("the plugin's resource", java.time.Duration.ofSeconds(30), () -> api.post(segments, "{\"text\":\"hi\"}").status() == 200);
            Answer listed = api.get("/api/v1/plugins");
            assertThat(listed.status()).as(listed.body()).isEqualTo(200);
            com.fasterxml.jackson.databind.JsonNode sms = null;
            for (com.fasterxml.jackson.databind.JsonNode p : listed.json()) {
                if (p.get("symbolicName").asText().equals("centrala-example-sms-channel")) {
                    sms = p;
                }
            }
            assertThat(sms).as("the plugin is listed: " + listed.body()).isNotNull();
            assertThat(sms.get("state").asText()).isEqualTo("ACTIVE");
            assertThat(sms.get("description").asText()).contains("sms");
            com.fasterxml.jackson.databind.JsonNode config = sms.at("/settings/0");
            assertThat(config.get("pid").asText()).isEqualTo("org.centrala.examples.sms");
            assertThat(config.toString()).contains("\"id\":\"maxLength\"").contains("\"type\":\"INTEGER\"").contains("\"defaultValue\":[\"1530\"]")
                    .contains("\"id\":\"gatewayPassword\"");

            Answer bad = api.put(settings, "{\"values\":{\"maxLength\":\"many\",\"colour\":\"red\"}}");
            assertThat(bad.status()).as(bad.body()).isEqualTo(400);
            assertThat(bad.body()).contains("maxLength").contains("colour");
            assertThat(api.put(settings, "{\"values\":{\"maxLength\":\"2000\"}}").status()).as("above the metatype's max").isEqualTo(400);
            assertThat(api.put("/api/v1/plugins/no-such-plugin/settings/x", "{\"values\":{}}").status()).isEqualTo(404);
            String agent = t.agent("settings-reader");
            assertThat(api.as(t.password(agent)).get("/api/v1/plugins").status()).as("operators only").isEqualTo(403);

            Answer changed = api.put(settings, "{\"values\":{\"maxLength\":\"160\",\"gatewayPassword\":\"s3cret-gw\"}}");
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(changed.body()).contains("\"value\":[\"160\"]").doesNotContain("s3cret-gw");
            Poll.until("the new longest text applied", java.time.Duration.ofSeconds(10),
                    () -> api.post(segments, "{\"text\":\"" + "a".repeat(161) + "\"}").status() == 400);
            assertThat(api.post(segments, "{\"text\":\"" + "a".repeat(160) + "\"}").status()).isEqualTo(200);
            assertThat(api.put(settings, "{\"values\":{\"maxLength\":\"\"}}").body()).as("back to the default").doesNotContain("\"value\":[\"160\"]");
            Poll.until("the default applied again", java.time.Duration.ofSeconds(10),
                    () -> api.post(segments, "{\"text\":\"" + "a".repeat(161) + "\"}").status() == 200);
            // Issue 9, item 2: the same as a merge patch: a value sets, null brings the default back, the rest stays.
            Answer patched = api.patch(settings, "{\"maxLength\":140}", null);
            assertThat(patched.status()).as(patched.body()).isEqualTo(200);
            assertThat(patched.body()).contains("\"value\":[\"140\"]");
            Poll.until("the patched longest text applied", java.time.Duration.ofSeconds(10),
                    () -> api.post(segments, "{\"text\":\"" + "a".repeat(141) + "\"}").status() == 400);
            assertThat(api.patch(settings, "{\"maxLength\":\"many\"}", null).status()).isEqualTo(400);
            assertThat(api.patch(settings, "{\"maxLength\":[1]}", null).status()).isEqualTo(400);
            assertThat(api.patch(settings, "{\"maxLength\":null}", null).body()).doesNotContain("\"value\":[\"140\"]");
            Poll.until("the default applied after the patch", java.time.Duration.ofSeconds(10),
                    () -> api.post(segments, "{\"text\":\"" + "a".repeat(161) + "\"}").status() == 200);
        } finally {
            plugin.uninstall();
        }
        assertThat(api.get("/api/v1/plugins").body()).doesNotContain("centrala-example-sms-channel");
    }

    @Test
    public void r14_neverMoreHoldersThanLicencesUnderHundredsOfConcurrentRequests() throws Exception {
        Tenant t = newTenant();
        t.licences("voice", 50);
        List<String> agents = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            agents.add(t.agent("race" + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(32);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (String agent : agents) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return api.put(t.path("/users/" + agent + "/channels/voice"), "").status();
                }));
            }
            start.countDown();
            int granted = 0;
            int refused = 0;
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                granted += status == 200 ? 1 : 0;
                refused += status == 409 ? 1 : 0;
            }
            assertThat(granted).isEqualTo(50);
            assertThat(refused).isEqualTo(150);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.get(t.path("/licences/voice")).json().get("held").asInt()).isEqualTo(50);
    }

    @Test
    public void r15_aLeaversLicenceGoesToANewUserAndLicencesNeverDropBelowHolders() {
        Tenant t = newTenant();
        t.licences("voice", 1);
        String leaver = t.agent("leaver");
        String newcomer = t.agent("newcomer");
        assertThat(api.put(t.path("/users/" + leaver + "/channels/voice"), "").json().get("channels").get(0).asText()).isEqualTo("voice");
        assertProblem(api.put(t.path("/users/" + newcomer + "/channels/voice"), ""), 409);
        assertProblem(api.put(t.path("/licences/voice"), "{\"quantity\":0}"), 409);

        JsonNode left = api.delete(t.path("/users/" + leaver)).json();
        assertThat(left.get("leftAt").isNull()).isFalse();
        assertThat(left.get("channels")).isEmpty();
        assertThat(api.put(t.path("/users/" + newcomer + "/channels/voice"), "").status()).isEqualTo(200);

        api.put(t.path("/users/" + newcomer + "/channels/voice"), "");
        api.delete(t.path("/users/" + newcomer + "/channels/voice"));
        Answer lowered = api.put(t.path("/licences/voice"), "{\"quantity\":0,\"fromMonth\":\"" + YearMonth.now(ZoneOffset.UTC).plusMonths(1) + "\"}");
        assertThat(lowered.status()).as(lowered.body()).isEqualTo(200);
        assertThat(lowered.json().get("licences").asInt()).isEqualTo(1);
        assertThat(lowered.json().at("/changes/1/quantity").asInt()).isZero();
    }

    @Test
    public void r16_freeRolesUseNoLicence() {
        Tenant t = newTenant();
        JsonNode admin = api.post(t.path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Admin\",\"username\":\"admin-" + unique()
                + "\",\"roles\":[\"ADMINISTRATOR\",\"TECHNICIAN\",\"DEVELOPER\",\"SUPERVISOR\"]}").json();
        assertThat(admin.get("roles")).hasSize(4);
        assertThat(admin.get("channels")).isEmpty();
        for (JsonNode position : api.get(t.path("/licences")).json()) {
            assertThat(position.get("held").asInt()).as(position.toString()).isZero();
        }
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        assertThat(api.get(t.path("/billing/" + month)).json().get("lines").toString()).doesNotContain("licence:");
    }

    @Test
    public void r17_billingStatementBillsPbxPacksAndPeakLicencesPerChannel() {
        Tenant t = newTenant();
        assertThat(api.put("/api/v1/resellers/" + t.reseller + "/prices", "{\"currency\":\"EUR\",\"prices\":["
                + "{\"item\":\"pbx\",\"unitPrice\":20},{\"item\":\"device-pack\",\"unitPrice\":15.5},"
                + "{\"item\":\"licence:voice\",\"unitPrice\":30},{\"item\":\"licence:chat\",\"unitPrice\":10}]}").status()).isEqualTo(200);
        t.packs(2);
        t.licences("voice", 3);
        t.licences("chat", 1);
        String a = t.agent("a");
        String b = t.agent("b");
        api.put(t.path("/users/" + a + "/channels/voice"), "");
        api.put(t.path("/users/" + b + "/channels/voice"), "");
        api.put(t.path("/users/" + b + "/channels/chat"), "");
        api.delete(t.path("/users/" + b + "/channels/chat")); // peaks stay billed: 2 voice, 1 chat
        assertThat(api.delete(t.path("/users/" + b + "/channels/voice")).status()).isEqualTo(200);

        String month = YearMonth.now(ZoneOffset.UTC).toString();
        JsonNode statement = api.get(t.path("/billing/" + month)).json();
        assertThat(statement.get("currency").asText()).isEqualTo("EUR");
        assertThat(line(statement, "pbx").get("quantity").asInt()).isEqualTo(1);
        assertThat(line(statement, "device-pack").get("amount").decimalValue()).isEqualByComparingTo("31.00");
        assertThat(line(statement, "licence:voice").get("quantity").asInt()).isEqualTo(2);
        assertThat(line(statement, "licence:chat").get("quantity").asInt()).isEqualTo(1);
        assertThat(statement.get("total").decimalValue()).isEqualByComparingTo("121.00");
        assertThat(statement.get("complete").asBoolean()).isTrue();

        Answer csv = api.get("/api/v1/resellers/" + t.reseller + "/billing/" + month + "?format=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String[] rows = csv.body().split("\n");
        assertThat(rows[0]).startsWith("resellerId,tenantId,tenantName,month,item");
        assertThat(rows).hasSize(5);
        assertThat(csv.body()).contains("licence:voice").contains(",2,30.00,60.00,EUR");

        assertProblem(api.get(t.path("/billing/2026-13")), 400);
        assertProblem(api.put("/api/v1/resellers/" + t.reseller + "/prices", "{\"currency\":\"EURO\",\"prices\":[]}"), 400);
    }

    @Test
    public void shellShowsTheDirectoryAndManagesLicences() {
        Tenant t = newTenant();
        String set = Shell.run(sessionFactory, "centrala:licence-set " + t.id + " voice 3");
        assertThat(set).contains("voice: 3 licence(s) this month, 0 held").contains("changes 3 from " + YearMonth.now(ZoneOffset.UTC))
                .doesNotContain("QuantityChange[");
        Shell.run(sessionFactory, "centrala:licence-set " + t.id + " device-pack 1");
        String agent = t.agent("shelly");
        api.put(t.path("/users/" + agent + "/channels/voice"), "");
        t.device("SIP_DESK_PHONE", "Shell desk", agent);

        assertThat(Shell.run(sessionFactory, "centrala:licence-list " + t.id)).contains("voice").contains("3 from ").doesNotContain("QuantityChange[");
        assertThat(Shell.run(sessionFactory, "centrala:user-list " + t.id)).contains(agent).contains("CONTACT_CENTRE").contains("[voice]");
        assertThat(Shell.run(sessionFactory, "centrala:device-list " + t.id)).contains("Shell desk").contains("1 device pack(s): 1 of 10 devices in use")
                .as("the owner by its name next to its id").contains("shelly (" + agent + ")");
        assertThat(Shell.run(sessionFactory, "centrala:billing-show " + t.id + " " + YearMonth.now(ZoneOffset.UTC)))
                .contains("licence:voice").contains("device-pack").contains("Total");
        assertThat(api.get(t.path("/audit")).body()).contains("licences.set").contains("shell:");
        try {
            Shell.run(sessionFactory, "centrala:licence-set " + t.id + " voice 0");
            throw new IllegalStateException("lowering below the holders must fail");
        } catch (AssertionError e) {
            assertThat(e.getMessage()).contains("hold a voice licence");
        }
    }

    @Test
    public void soapManagesUsersDevicesLicencesAndBilling() {
        Tenant t = newTenant();
        assertThat(api.soapLicensing("setDevicePacks", "<t:tenantId>" + t.id + "</t:tenantId><t:quantity>1</t:quantity>").soapText("packs"))
                .isEqualTo("1");
        assertThat(api.soapLicensing("setLicences", "<t:tenantId>" + t.id + "</t:tenantId><t:channel>voice</t:channel><t:quantity>1</t:quantity>")
                .soapText("licences")).isEqualTo("1");
        Answer user = api.soapDirectory("createUser", "<t:tenantId>" + t.id + "</t:tenantId><t:user><t:type>CONTACT_CENTRE</t:type>"
                + "<t:displayName>Soap Agent</t:displayName><t:username>soap-" + unique() + "</t:username><t:role>SUPERVISOR</t:role></t:user>");
        String userId = user.soapText("id");
        assertThat(userId).as(user.body()).isNotBlank();
        assertThat(api.soapDirectory("grantChannel", "<t:tenantId>" + t.id + "</t:tenantId><t:userId>" + userId + "</t:userId><t:channel>voice</t:channel>")
                .soapText("channel")).isEqualTo("voice");
        Answer device = api.soapDirectory("createDevice", "<t:tenantId>" + t.id + "</t:tenantId><t:device><t:kind>SIP_SOFTPHONE</t:kind>"
                + "<t:label>Soap phone</t:label></t:device>");
        String secret = device.soapText("sipSecret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(20);
        assertThat(api.soapDirectory("getDevice", "<t:tenantId>" + t.id + "</t:tenantId><t:id>" + device.soapText("id") + "</t:id>").body())
                .contains("Soap phone").doesNotContain(secret);
        assertThat(api.get(t.path("/users/" + userId)).json().get("channels").toString()).contains("voice");
        Answer statement = api.soapLicensing("getBillingStatement", "<t:tenantId>" + t.id + "</t:tenantId><t:month>"
                + YearMonth.now(ZoneOffset.UTC) + "</t:month>");
        assertThat(statement.body()).contains("licence:voice").contains("device-pack");

        Answer renamed = api.soapDirectory("updateUser", "<t:tenantId>" + t.id + "</t:tenantId><t:id>" + userId + "</t:id><t:user>"
                + "<t:type>CONTACT_CENTRE</t:type><t:displayName>Soap Agent Renamed</t:displayName><t:username>" + user.soapText("username")
                + "</t:username></t:user>");
        assertThat(renamed.soapText("displayName")).as(renamed.body()).isEqualTo("Soap Agent Renamed");
        // Issue 9, item 2: a lost update over SOAP too: the updatedAt as read is the version an update may expect.
        String version = renamed.soapText("updatedAt");
        String again = "<t:tenantId>" + t.id + "</t:tenantId><t:id>" + userId + "</t:id><t:user><t:type>CONTACT_CENTRE</t:type>"
                + "<t:displayName>Soap Agent Again</t:displayName><t:username>" + user.soapText("username") + "</t:username></t:user>";
        assertThat(api.soapDirectory("updateUser", again + "<t:expectedUpdatedAt>" + version + "</t:expectedUpdatedAt>").soapText("displayName"))
                .isEqualTo("Soap Agent Again");
        Answer stale = api.soapDirectory("updateUser", again.replace("Again", "Lost") + "<t:expectedUpdatedAt>" + version + "</t:expectedUpdatedAt>");
        assertThat(stale.soapText("status")).as(stale.body()).isEqualTo("412");
        assertThat(stale.soapText("type")).isEqualTo("urn:centrala:problem:stale-version");
        Answer staleTenant = api.soap("updateTenant", "<t:id>" + t.id + "</t:id><t:tenant><t:resellerId>" + t.reseller + "</t:resellerId>"
                + "<t:name>Renamed</t:name><t:pbx><t:host>h</t:host><t:amiPort>5038</t:amiPort><t:amiUser>u</t:amiUser><t:agiContext>c-"
                + unique() + "</t:agiContext></t:pbx></t:tenant><t:expectedUpdatedAt>2020-01-01T00:00:00Z</t:expectedUpdatedAt>");
        assertThat(staleTenant.soapText("status")).as(staleTenant.body()).isEqualTo("412");
        Answer badType = api.soapDirectory("createUser", "<t:tenantId>" + t.id + "</t:tenantId><t:user><t:type>MANAGER</t:type>"
                + "<t:displayName>x</t:displayName></t:user>");
        assertThat(badType.soapText("status")).isEqualTo("400");
        assertThat(badType.soapText("field")).isEqualTo("type");
        Answer full = api.soapDirectory("grantChannel", "<t:tenantId>" + t.id + "</t:tenantId><t:userId>" + t.agent("second")
                + "</t:userId><t:channel>voice</t:channel>");
        assertThat(full.soapText("status")).isEqualTo("409");
    }

    @Test
    public void shellCreatesUsersAndDevicesAndGrantsChannels() {
        Tenant t = newTenant();
        t.packs(1);
        t.licences("voice", 1);
        String clerk = Shell.run(sessionFactory, "centrala:user-add --type BACK_OFFICE " + t.id + " \"Shell Clerk\"").split(" ")[2].trim();
        String agent = Shell.run(sessionFactory, "centrala:user-add --type CONTACT_CENTRE --username shell-" + unique()
                + " --role SUPERVISOR " + t.id + " \"Shell Agent\"").split(" ")[2].trim();
        assertThat(Shell.run(sessionFactory, "centrala:channel-grant " + t.id + " " + agent + " voice")).contains("[voice]");
        String device = Shell.run(sessionFactory, "centrala:device-add --kind SIP_DESK_PHONE --owner " + clerk + " " + t.id + " \"Clerk desk\"");
        assertThat(device).contains("shown this once");
        assertThat(Shell.run(sessionFactory, "centrala:ring-plan-show " + t.id + " " + clerk)).contains("Default ring plan").contains("10 s");
        t.device("SIP_DESK_PHONE", "Hot desk", null);
        assertThat(Shell.run(sessionFactory, "centrala:line-list " + t.id)).contains("0 in all");
        assertThat(Shell.run(sessionFactory, "centrala:user-leave " + t.id + " " + agent)).contains("has left");
        assertThat(api.get(t.path("/licences/voice")).json().get("held").asInt()).isZero();
        assertThat(api.get(t.path("/audit?userId=" + agent)).body()).contains("user.channel-granted").contains("user.left").contains("shell:");
        assertThat(Shell.run(sessionFactory, "centrala:user-erase " + t.id + " " + agent)).contains("now 'Erased user " + agent.substring(0, 8));

        // Issue 9: the lifecycle steps and moves are in the shell too, for node operators.
        String to = api.createReseller("Shell Next " + unique());
        assertThat(Shell.run(sessionFactory, "centrala:tenant-move " + t.id + " " + to)).contains("now belongs to reseller " + to);
        assertThat(Shell.run(sessionFactory, "centrala:tenant-lifecycle " + t.id + " suspend")).contains("is SUSPENDED");
        assertThat(Shell.run(sessionFactory, "centrala:tenant-lifecycle " + t.id + " terminate")).contains("is TERMINATED").contains("erasable from");
        assertThat(Shell.run(sessionFactory, "centrala:tenant-lifecycle " + t.id + " erase")).contains("is ERASED");
        assertThat(api.get("/api/v1/tenants/" + t.id).json().get("status").asText()).isEqualTo("ERASED");
    }

    @Test
    public void soapManagesAccessProfilesRingPlansAndLines() {
        Tenant t = newTenant();
        t.packs(1);
        String profile = api.soapDirectory("createAccessProfile", "<t:tenantId>" + t.id + "</t:tenantId><t:accessProfile><t:name>Agents</t:name>"
                + "<t:function>calls</t:function><t:scope>OWN</t:scope></t:accessProfile>").soapText("id");
        assertThat(api.get(t.path("/access-profiles/" + profile)).json().get("name").asText()).isEqualTo("Agents");

        String clerk = t.backOfficeUser("Clerk");
        String desk = t.device("SIP_DESK_PHONE", "Clerk desk", clerk);
        Answer plan = api.soapDirectory("setRingPlan", "<t:tenantId>" + t.id + "</t:tenantId><t:userId>" + clerk + "</t:userId>"
                + "<t:step><t:deviceId>" + desk + "</t:deviceId><t:ringSeconds>15</t:ringSeconds></t:step>");
        assertThat(plan.soapText("stored")).as(plan.body()).isEqualTo("true");
        assertThat(api.get(t.path("/users/" + clerk + "/ring-plan")).json().at("/steps/0/ringSeconds").asInt()).isEqualTo(15);
        Answer zero = api.soapDirectory("setRingPlan", "<t:tenantId>" + t.id + "</t:tenantId><t:userId>" + clerk + "</t:userId>"
                + "<t:step><t:deviceId>" + desk + "</t:deviceId><t:ringSeconds>0</t:ringSeconds></t:step>");
        assertThat(zero.soapText("field")).isEqualTo("steps[0].ringSeconds");
        // Issue 9, item 2: the plan's version over SOAP; a write against one that is no longer current is a 412 fault.
        String version = plan.soapText("updatedAt");
        assertThat(version).as(plan.body()).isNotBlank();
        String step = "<t:step><t:deviceId>" + desk + "</t:deviceId><t:ringSeconds>20</t:ringSeconds></t:step>";
        assertThat(api.soapDirectory("setRingPlan", "<t:tenantId>" + t.id + "</t:tenantId><t:userId>" + clerk + "</t:userId>" + step
                + "<t:expectedUpdatedAt>" + version + "</t:expectedUpdatedAt>").soapText("stored")).isEqualTo("true");
        Answer lost = api.soapDirectory("setRingPlan", "<t:tenantId>" + t.id + "</t:tenantId><t:userId>" + clerk + "</t:userId>" + step
                + "<t:expectedUpdatedAt>" + version + "</t:expectedUpdatedAt>");
        assertThat(lost.soapText("status")).as(lost.body()).isEqualTo("412");
        assertThat(lost.soapText("type")).isEqualTo("urn:centrala:problem:stale-version");

        String line = api.soapDirectory("createLine", "<t:tenantId>" + t.id + "</t:tenantId><t:name>Desk 9</t:name><t:deviceId>"
                + t.device("SIP_DESK_PHONE", "Hot desk 9", null) + "</t:deviceId>").soapText("id");
        String agent = t.agent("soapline");
        assertThat(api.soapDirectory("logInToLine", "<t:tenantId>" + t.id + "</t:tenantId><t:lineId>" + line + "</t:lineId><t:userId>" + agent
                + "</t:userId>").soapText("heldBy")).isEqualTo(agent);
        assertThat(api.soapDirectory("logInToLine", "<t:tenantId>" + t.id + "</t:tenantId><t:lineId>" + line + "</t:lineId><t:userId>"
                + t.agent("other") + "</t:userId>").soapText("status")).isEqualTo("409");
        assertThat(api.soapDirectory("logOutOfLine", "<t:tenantId>" + t.id + "</t:tenantId><t:lineId>" + line + "</t:lineId><t:userId>" + agent
                + "</t:userId>").body()).doesNotContain("heldBy>" + agent);
    }

    // --- helpers

    private final class Tenant {
        final String reseller;
        final String id;
        final String department;

        Tenant() {
            reseller = api.createReseller("Directory " + unique());
            id = api.createTenant(reseller, "Tenant " + unique(), "dir-" + unique(), "s");
            department = api.id(api.post(path("/departments"), "{\"name\":\"Belgrade\",\"countryCode\":\"RS\"}"));
        }

        String path(String rest) {
            return "/api/v1/tenants/" + id + rest;
        }

        void packs(int packs) {
            Answer answer = api.put(path("/device-packs"), "{\"quantity\":" + packs + "}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }

        void licences(String channel, int quantity) {
            Answer answer = api.put(path("/licences/" + channel), "{\"quantity\":" + quantity + "}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        }

        String backOfficeUser(String name) {
            return api.id(api.post(path("/users"), "{\"type\":\"BACK_OFFICE\",\"departmentId\":\"" + department + "\",\"displayName\":\"" + name + "\"}"));
        }

        String agent(String name) {
            return api.id(api.post(path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"departmentId\":\"" + department + "\",\"displayName\":\""
                    + name + "\",\"username\":\"" + name.toLowerCase().replace(' ', '-') + "-" + unique() + "\"}"));
        }

        /** Gives the contact-centre user a password; returns its Authorization header. */
        String password(String userId) {
            String username = api.get(path("/users/" + userId)).json().get("username").asText();
            Answer set = api.put(path("/users/" + userId + "/password"), "{\"password\":\"a long enough password\"}");
            assertThat(set.status()).as(set.body()).isLessThan(300);
            return Api.basic(api.signIn(id, username), "a long enough password");
        }

        String device(String kind, String label, String owner) {
            String mobile = kind.equals("MOBILE_PHONE") ? ",\"mobileNumber\":\"+381 64 123 4567\"" : "";
            Answer answer = api.post(path("/devices"), "{\"kind\":\"" + kind + "\",\"label\":\"" + label + "\""
                    + (owner == null ? "" : ",\"ownerUserId\":\"" + owner + "\"") + mobile + "}");
            assertThat(answer.status()).as(answer.body()).isEqualTo(201);
            return answer.json().at("/device/id").asText();
        }
    }

    private Tenant newTenant() {
        return new Tenant();
    }

    private static JsonNode line(JsonNode statement, String item) {
        for (JsonNode line : statement.get("lines")) {
            if (line.get("item").asText().equals(item)) {
                return line;
            }
        }
        throw new AssertionError("no line " + item + " in " + statement);
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static void assertProblem(Answer answer, int status) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
