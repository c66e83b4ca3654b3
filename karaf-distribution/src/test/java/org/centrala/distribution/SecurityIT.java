package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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
 * Authentication (the centrala JAAS realm, Karaf's realm for operators, API tokens, throttling)
 * and authorization, including the isolation matrix: every REST operation of the OpenAPI document
 * and every SOAP operation, called as a user of another tenant, and the user-scoped ones as a
 * supervisor of another department.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class SecurityIT {
    private static final String PASSWORD = "a long enough password";

    private Api operator;

    @Configuration
    public Option[] config() {
        return CentralaContainer.options();
    }

    @Before
    public void waitForApi() {
        operator = new Api(Integer.getInteger(CentralaContainer.HTTP_PORT_PROPERTY));
        Readiness.await(operator);
    }

    @Test
    public void withoutCredentialsOnlyTheApiDescriptionsAreServed() {
        Api anonymous = operator.as(null);
        Answer rest = anonymous.get("/api/v1/resellers");
        assertThat(rest.status()).isEqualTo(401);
        assertThat(rest.contentType()).startsWith("application/problem+json");
        Answer soapRefused = anonymous.soap("listResellers", "");
        assertThat(soapRefused.status()).as("WS-I R1126: every fault travels as a 500").isEqualTo(500);
        assertThat(soapRefused.soapText("status")).as("the typed fault says what it stands for").isEqualTo("401");
        assertThat(soapRefused.header("WWW-Authenticate")).as("how to authenticate, as on REST").contains("Basic").contains("Bearer");
        assertThat(soapRefused.faultString()).as("a SOAP fault a client can read").isNotBlank();
        assertThat(anonymous.get("/api/v1/openapi.json").status()).isEqualTo(200);
        assertThat(anonymous.get("/soap/tenancy?wsdl").status()).isEqualTo(200);
        assertThat(operator.as("Digest whatever").get("/api/v1/resellers").status()).isEqualTo(401);
        assertThat(operator.as(Api.bearer("ct_unknown_secret")).get("/api/v1/resellers").status()).isEqualTo(401);
    }

    @Test
    public void repeatedFailedLogInsAreThrottled() {
        Fixture a = new Fixture("Throttle");
        String user = a.agent("throttled-" + unique(), "");
        operator.put(a.tenantPath("/users/" + user + "/password"), "{\"password\":\"" + PASSWORD + "\"}");
        String name = a.signIn(operator.get(a.tenantPath("/users/" + user)).json().get("username").asText());
        Api wrong = operator.as(Api.basic(name, "not the password"));
        for (int i = 0; i < 6; i++) {
            assertThat(wrong.get("/api/v1/channels").status()).as("failure " + (i + 1)).isEqualTo(401);
        }
        Answer throttled = operator.as(Api.basic(name, PASSWORD)).get("/api/v1/channels");
        assertThat(throttled.status()).as("even the right password waits").isEqualTo(429);
        assertThat(throttled.json().get("detail").asText()).contains("try again in");
    }

    @Test
    public void aFloodOfWrongTokensFromOneAddressNeverRefusesAnotherAccountsValidCredentials() {
        Fixture a = new Fixture("Flood");
        String victim = a.agent("victim-" + unique(), "");
        String bystander = a.agent("bystander-" + unique(), "");
        operator.put(a.tenantPath("/users/" + victim + "/password"), "{\"password\":\"" + PASSWORD + "\"}");
        operator.put(a.tenantPath("/users/" + bystander + "/password"), "{\"password\":\"" + PASSWORD + "\"}");
        String victimName = a.signIn(operator.get(a.tenantPath("/users/" + victim)).json().get("username").asText());
        String bystanderName = a.signIn(operator.get(a.tenantPath("/users/" + bystander)).json().get("username").asText());
        String office = "198.51.100." + (1 + (int) (Math.random() * 250));
        Api attacker = operator.forwardedFor(office);

        int throttled = 0;
        for (int i = 0; i < 1000; i++) {
            int status = attacker.as(Api.bearer("ct_guess_" + i)).get("/api/v1/channels").status();
            assertThat(status).as("wrong token " + (i + 1)).isIn(401, 429);
            throttled += status == 429 ? 1 : 0;
        }
        assertThat(throttled).as("further failures from the address are refused").isGreaterThan(900);
        for (int i = 0; i < 6; i++) {
            attacker.as(Api.basic(victimName, "guess " + i)).get("/api/v1/channels");
        }

        assertThat(attacker.as(Api.basic(bystanderName, PASSWORD)).get("/api/v1/channels").status())
                .as("another account's valid password from the same address").isEqualTo(200);
        assertThat(attacker.as(Api.basic(bystanderName, "a wrong one")).get("/api/v1/channels").status())
                .as("a failure from the address still waits").isEqualTo(429);
        assertThat(operator.forwardedFor("203.0.113.5").as(Api.basic(victimName, PASSWORD)).get("/api/v1/channels").status())
                .as("the attacked account stays throttled, from anywhere").isEqualTo(429);
        assertThat(attacker.as(Api.basic(bystanderName, PASSWORD)).soap("listResellers", "").soapText("status"))
                .as("over SOAP too, valid credentials from the address are accepted (then refused the operation)").isNotIn("401", "429");
        Answer waits = attacker.as(Api.basic(bystanderName, "a wrong one")).soap("listResellers", "");
        assertThat(waits.soapText("status")).as("and a failure over SOAP waits").isEqualTo("429");
        assertThat(waits.header("Retry-After")).isNotBlank();
    }

    @Test
    public void theForwardedAddressOfATrustedProxyIsTheOneThrottled() {
        String office = "192.0.2." + (1 + (int) (Math.random() * 250));
        Api attacker = operator.forwardedFor(office).as(Api.bearer("ct_wrong"));
        for (int i = 0; i < 60; i++) {
            attacker.get("/api/v1/channels");
        }
        assertThat(attacker.get("/api/v1/channels").status()).as("the attacking address").isEqualTo(429);
        assertThat(attacker.forwardedFor("192.0.2.251, " + office).get("/api/v1/channels").status())
                .as("a client cannot escape by writing another address in front").isEqualTo(429);
        assertThat(operator.as(Api.bearer("ct_wrong")).forwardedFor("203.0.113.77").get("/api/v1/channels").status())
                .as("another address behind the same proxy").isEqualTo(401);
    }

    @Test
    public void r5_backOfficeUsersGetNoPassword() {
        Fixture a = new Fixture("BackOffice");
        String clerk = operator.id(operator.post(a.tenantPath("/users"), "{\"type\":\"BACK_OFFICE\",\"displayName\":\"Clerk\"}"));
        assertThat(operator.put(a.tenantPath("/users/" + clerk + "/password"), "{\"password\":\"" + PASSWORD + "\"}").status()).isEqualTo(409);
    }

    @Test
    public void r7_contactCentreUserLogsInWithPasswordAndPartnersWithTokens() {
        Fixture a = new Fixture("Tokens");
        Api admin = a.tenantAdmin();
        assertThat(admin.get(a.tenantPath("/users")).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/resellers").status()).isEqualTo(403);
        assertThat(admin.put(a.tenantPath("/users/" + a.tenantAdminId + "/password"), "{\"password\":\"short\"}").status()).isEqualTo(400);

        Answer created = admin.post("/api/v1/tokens", "{\"name\":\"CRM connector\"}");
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).as("every 201 says where").endsWith("/api/v1/tokens/" + created.json().at("/apiToken/id").asText());
        String token = created.json().get("token").asText();
        Api partner = operator.as(Api.bearer(token));
        assertThat(partner.get(a.tenantPath("/users")).status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/tokens").body()).contains("CRM connector").doesNotContain(token);

        assertThat(admin.delete("/api/v1/tokens/" + created.json().at("/apiToken/id").asText()).status()).isEqualTo(204);
        assertThat(partner.get(a.tenantPath("/users")).status()).isEqualTo(401);
    }

    @Test
    public void soapAdministersPricesAuditPasswordsAndTokens() {
        Fixture a = new Fixture("SoapAdmin");
        Api admin = a.resellerAdmin();
        Answer prices = admin.soapLicensing("setPrices", "<t:resellerId>" + a.reseller + "</t:resellerId><t:priceList><t:currency>EUR</t:currency>"
                + "<t:price><t:item>pbx</t:item><t:unitPrice>20</t:unitPrice></t:price></t:priceList>");
        assertThat(prices.soapText("currency")).as(prices.body()).isEqualTo("EUR");
        assertThat(admin.soapLicensing("getResellerStatements", "<t:resellerId>" + a.reseller + "</t:resellerId><t:month>"
                + YearMonth.now(ZoneOffset.UTC) + "</t:month>").soapText("tenantId")).isEqualTo(a.tenant);
        assertThat(admin.soapAudit("queryAudit", "<t:tenantId>" + a.tenant + "</t:tenantId>").body()).contains("tenant.created");
        assertThat(admin.soapAudit("queryResellerAudit", "<t:resellerId>" + a.reseller + "</t:resellerId>").body()).contains("prices.set");
        assertThat(admin.soapAudit("verifyAudit", "").soapText("status")).as("operators only").isEqualTo("403");
        assertThat(operator.soapAudit("verifyAudit", "").soapText("intact")).isEqualTo("true");

        assertThat(admin.soapAdmin("setUserPassword", "<t:tenantId>" + a.tenant + "</t:tenantId><t:userId>" + a.agentId
                + "</t:userId><t:password>a brand new password</t:password>").status()).isEqualTo(200);
        String token = a.tenantAdmin().soapAdmin("createToken", "<t:name>soap partner</t:name>").soapText("token");
        assertThat(token).startsWith("ct_");
        assertThat(operator.as(Api.bearer(token)).get(a.tenantPath("/users")).status()).isEqualTo(200);
    }

    @Test
    public void r7_accessProfileFunctionsGrantWhatRolesDoNot() {
        Fixture a = new Fixture("Functions");
        String profile = operator.id(operator.post(a.tenantPath("/access-profiles"),
                "{\"name\":\"Device managers\",\"functions\":[\"devices.manage\"],\"scope\":\"OWN\"}"));
        String name = "devman-" + unique();
        a.user("{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Device manager\",\"username\":\"" + name + "\",\"accessProfileId\":\"" + profile + "\"}");
        Api manager = operator.as(Api.basic(a.signIn(name), PASSWORD));
        assertThat(manager.get(a.tenantPath("/devices")).status()).isEqualTo(200);
        assertThat(manager.post(a.tenantPath("/devices"), "{\"kind\":\"SIP_SOFTPHONE\",\"label\":\"By function\"}").status()).isEqualTo(201);
        assertThat(manager.soapDirectory("listDevices", "<t:tenantId>" + a.tenant + "</t:tenantId>").body()).contains("By function");
        assertThat(manager.post(a.tenantPath("/users"), "{\"type\":\"BACK_OFFICE\",\"displayName\":\"x\"}").status()).isEqualTo(403);
        assertThat(manager.get(a.tenantPath("/licences")).status()).isEqualTo(403);
    }

    @Test
    public void resellerAdministratorSeesItsOwnTenantsOnly() {
        Fixture a = new Fixture("ResellerA");
        Fixture b = new Fixture("ResellerB");
        Api adminA = a.resellerAdmin();
        JsonNode tenants = adminA.get("/api/v1/tenants").json();
        assertThat(tenants.get("total").asLong()).isEqualTo(1);
        assertThat(tenants.at("/items/0/id").asText()).isEqualTo(a.tenant);
        assertThat(adminA.get("/api/v1/tenants?resellerId=" + b.reseller).status()).isEqualTo(404);
        assertThat(adminA.get("/api/v1/resellers").json().get("items")).hasSize(1);
        assertThat(adminA.post("/api/v1/tenants", Api.tenantJson(b.reseller, "Sneaky", "sneaky-" + unique(), "s")).status()).isEqualTo(404);
        assertThat(adminA.post("/api/v1/resellers", "{\"name\":\"Another " + unique() + "\"}").status()).isEqualTo(403);
    }

    @Test
    public void r18_supervisorSeesOnlyItsDepartment() {
        Fixture a = new Fixture("Supervised");
        String otherDepartment = operator.id(operator.post(a.tenantPath("/departments"), "{\"name\":\"Other\",\"countryCode\":\"DE\"}"));
        String mine = a.agent("mine-" + unique(), a.department);
        String theirs = a.agent("theirs-" + unique(), otherDepartment);
        Api supervisor = a.supervisor(a.department);

        JsonNode listed = supervisor.get(a.tenantPath("/users")).json();
        assertThat(listed.toString()).contains(mine).doesNotContain(theirs);
        assertThat(supervisor.get(a.tenantPath("/users/" + mine)).status()).isEqualTo(200);
        assertThat(supervisor.get(a.tenantPath("/users/" + theirs)).status()).isEqualTo(404);
        assertThat(supervisor.get(a.tenantPath("/users?departmentId=" + otherDepartment)).status()).isEqualTo(404);
    }

    /** R18: a user manager scoped to its department changes, removes and licenses only that department's users. */
    @Test
    public void r18_departmentScopedUserManagerChangesOnlyItsDepartment() {
        Fixture a = new Fixture("Branch managers");
        String otherDepartment = operator.id(operator.post(a.tenantPath("/departments"), "{\"name\":\"Other\",\"countryCode\":\"DE\"}"));
        String profile = operator.id(operator.post(a.tenantPath("/access-profiles"), "{\"name\":\"Branch user managers\","
                + "\"functions\":[\"users.manage\"],\"scope\":\"DEPARTMENTS\",\"departmentIds\":[\"" + a.department + "\"]}"));
        String name = "branchman-" + unique();
        a.user("{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Branch manager\",\"username\":\"" + name + "\",\"departmentId\":\""
                + a.department + "\",\"accessProfileId\":\"" + profile + "\"}");
        Api manager = operator.as(Api.basic(a.signIn(name), PASSWORD));
        String mineName = "mine-" + unique();
        String theirsName = "theirs-" + unique();
        String mine = a.agent(mineName, a.department);
        String theirs = a.agent(theirsName, otherDepartment);

        Answer renamed = manager.put(a.tenantPath("/users/" + mine), draft(mineName, a.department, "Renamed"));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(manager.put(a.tenantPath("/users/" + theirs), draft(theirsName, otherDepartment, "Renamed")).status()).isEqualTo(404);
        assertThat(manager.put(a.tenantPath("/users/" + theirs + "/channels/voice"), "").status()).isEqualTo(404);
        assertThat(manager.delete(a.tenantPath("/users/" + theirs + "/channels/voice")).status()).isEqualTo(404);
        assertThat(manager.delete(a.tenantPath("/users/" + theirs)).status()).isEqualTo(404);
        // Nor may it move its own users out of its departments, or create users elsewhere.
        Answer moved = manager.put(a.tenantPath("/users/" + mine), draft(mineName, otherDepartment, "Moved"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(400);
        assertThat(moved.json().at("/errors/0/field").asText()).isEqualTo("departmentId");
        assertThat(manager.post(a.tenantPath("/users"), "{\"type\":\"BACK_OFFICE\",\"departmentId\":\"" + otherDepartment
                + "\",\"displayName\":\"Elsewhere\"}").status()).isEqualTo(400);

        // The same over SOAP (/soap/directory).
        String t = "<t:tenantId>" + a.tenant + "</t:tenantId>";
        Answer soapRenamed = manager.soapDirectory("updateUser", t + "<t:id>" + theirs + "</t:id><t:user><t:type>CONTACT_CENTRE</t:type>"
                + "<t:departmentId>" + otherDepartment + "</t:departmentId><t:displayName>Renamed</t:displayName><t:username>" + theirsName
                + "</t:username></t:user>");
        assertThat(soapRenamed.soapText("status")).as(soapRenamed.body()).isEqualTo("404");
        assertThat(manager.soapDirectory("leaveUser", t + "<t:id>" + theirs + "</t:id>").soapText("status")).isEqualTo("404");
        assertThat(manager.soapDirectory("grantChannel", t + "<t:userId>" + theirs + "</t:userId><t:channel>voice</t:channel>")
                .soapText("status")).isEqualTo("404");
        assertThat(manager.soapDirectory("revokeChannel", t + "<t:userId>" + theirs + "</t:userId><t:channel>voice</t:channel>")
                .soapText("status")).isEqualTo("404");
        Answer soapElsewhere = manager.soapDirectory("createUser", t + "<t:user><t:type>BACK_OFFICE</t:type><t:departmentId>"
                + otherDepartment + "</t:departmentId><t:displayName>Elsewhere</t:displayName></t:user>");
        assertThat(soapElsewhere.soapText("status")).as(soapElsewhere.body()).isEqualTo("400");
        Answer soapMine = manager.soapDirectory("updateUser", t + "<t:id>" + mine + "</t:id><t:user><t:type>CONTACT_CENTRE</t:type>"
                + "<t:departmentId>" + a.department + "</t:departmentId><t:displayName>Renamed again</t:displayName><t:username>" + mineName
                + "</t:username></t:user>");
        assertThat(soapMine.soapText("displayName")).as(soapMine.body()).isEqualTo("Renamed again");

        JsonNode untouched = operator.get(a.tenantPath("/users/" + theirs)).json();
        assertThat(untouched.get("displayName").asText()).isEqualTo(theirsName);
        assertThat(untouched.get("departmentId").asText()).isEqualTo(otherDepartment);
        assertThat(operator.get(a.tenantPath("/users/" + mine)).json().get("departmentId").asText()).isEqualTo(a.department);
    }

    private static String draft(String username, String departmentId, String displayName) {
        return "{\"type\":\"CONTACT_CENTRE\",\"username\":\"" + username + "\",\"departmentId\":\"" + departmentId
                + "\",\"displayName\":\"" + displayName + "\"}";
    }

    @Test
    public void isolationMatrix_everyRestOperationRefusesAUserOfAnotherTenant() {
        Fixture a = new Fixture("Victim");
        Fixture b = new Fixture("Intruder");
        Map<String, String> ids = a.pathValues();
        List<String> secrets = a.identifiers();
        Api intruders[] = {b.tenantAdmin(), b.resellerAdmin()};
        int checked = 0;
        JsonNode paths = operator.as(null).get("/api/v1/openapi.json").json().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().contains("{tenantId}") && !path.getKey().contains("{resellerId}") && !path.getKey().matches("/(tenants|resellers)/\\{id}(/.*)?")) {
                continue; // not data of a tenant or reseller: /channels, /tokens, /audit/verification (operators only)
            }
            String concrete = "/api/v1" + a.substitute(path.getKey(), ids);
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                for (Api intruder : intruders) {
                    Answer answer = call(intruder, method, concrete);
                    assertThat(answer.status()).as(method + " " + concrete + ": " + answer.body()).isIn(403, 404);
                    for (String secret : secrets) {
                        if (!concrete.contains(secret)) { // echoing what the intruder sent reveals nothing
                            assertThat(answer.body()).as(method + " " + concrete + " leaks " + secret).doesNotContain(secret);
                        }
                    }
                    checked++;
                }
            }
        }
        assertThat(checked).as("operations checked").isGreaterThan(60);
    }

    /**
     * The operations of every served WSDL that neither SOAP matrix calls, besides those that hold
     * no tenant's or reseller's data (listed here, each for a reason).
     */
    private List<String> coverage(List<String> tenancy, java.util.Set<String> others) {
        java.util.Set<String> called = new java.util.HashSet<>(tenancy);
        called.addAll(others);
        java.util.Set<String> exempt = java.util.Set.of(
                "tenancy:listResellers",          // filtered to the caller's own: checked above for a leak
                "admin:whoAmI", "admin:createToken", "admin:listTokens", "admin:revokeToken", // the caller's own
                "licensing:listChannels");        // the node's catalogue, no one's data
        List<String> missing = new ArrayList<>();
        for (String service : ServedDocuments.SERVICES) {
            java.util.regex.Matcher operation = java.util.regex.Pattern.compile("<wsdl:operation name=\"(\\w+)\"")
                    .matcher(operator.as(null).get("/soap/" + service + "?wsdl").body());
            while (operation.find()) {
                String name = service + ":" + operation.group(1);
                if (!called.contains(name) && !exempt.contains(name) && !missing.contains(name)) {
                    missing.add(name);
                }
            }
        }
        return missing;
    }

    /** Issue 9, item 1: a suspended tenant's users are refused at once, its data stays, and reactivation restores it all. */
    @Test
    public void aSuspendedTenantsUsersAreRefusedUntilItIsReactivated() {
        Fixture a = new Fixture("Suspended");
        Fixture b = new Fixture("Bystander");
        Api admin = a.tenantAdmin();
        assertThat(admin.get(a.tenantPath("/users")).status()).isEqualTo(200);
        String token = admin.post("/api/v1/tokens", "{\"name\":\"integration\"}").json().get("token").asText();
        Api integration = operator.as(Api.bearer(token));

        // Another reseller's administrator may not suspend it (R1).
        assertThat(b.resellerAdmin().post("/api/v1/tenants/" + a.tenant + "/suspension", "").status()).isEqualTo(404);
        Answer suspended = a.resellerAdmin().post("/api/v1/tenants/" + a.tenant + "/suspension", "");
        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.json().get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(admin.get(a.tenantPath("/users")).status()).as("a remembered password log-in, next request").isEqualTo(401);
        assertThat(integration.get(a.tenantPath("/users")).status()).as("an API token").isEqualTo(401);
        assertThat(a.resellerAdmin().get(a.tenantPath("/users")).json().get("total").asInt()).as("the data stays").isGreaterThan(0);
        assertThat(b.tenantAdmin().get(b.tenantPath("/users")).status()).as("other tenants go on").isEqualTo(200);
        // The link follows the PBX records on its next refresh (refreshMillis).
        Poll.until("the suspended tenant's PBX to be unlinked", java.time.Duration.ofSeconds(30),
                () -> !operator.get("/api/v1/pbx/links").body().contains(a.tenant));
        assertThat(operator.soap("getTenant", "<t:id>" + a.tenant + "</t:id>").soapText("status")).isEqualTo("SUSPENDED");

        Answer back = a.resellerAdmin().delete("/api/v1/tenants/" + a.tenant + "/suspension");
        assertThat(back.json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(admin.get(a.tenantPath("/users")).status()).isEqualTo(200);
        assertThat(integration.get(a.tenantPath("/users")).status()).isEqualTo(200);
        assertThat(operator.get(a.tenantPath("/audit?action=tenant.")).body()).contains("tenant.suspended").contains("tenant.reactivated");
    }

    /** Issue 9, item 1: a suspended reseller's administrators and its tenants' users are refused until the operator reactivates it. */
    @Test
    public void aSuspendedResellersAdministratorsAndTenantsAreRefused() {
        Fixture a = new Fixture("SuspendedReseller");
        Fixture b = new Fixture("OtherReseller");
        Api resellerAdmin = a.resellerAdmin();
        Api tenantAdmin = a.tenantAdmin();
        assertThat(resellerAdmin.get("/api/v1/resellers/" + a.reseller).status()).isEqualTo(200);
        assertThat(tenantAdmin.get(a.tenantPath("/users")).status()).isEqualTo(200);

        assertThat(resellerAdmin.post("/api/v1/resellers/" + a.reseller + "/suspension", "").status()).as("operators only").isEqualTo(403);
        Answer suspended = operator.post("/api/v1/resellers/" + a.reseller + "/suspension", "");
        assertThat(suspended.json().get("status").asText()).isEqualTo("SUSPENDED");
        assertThat(resellerAdmin.get("/api/v1/resellers/" + a.reseller).status()).isEqualTo(401);
        assertThat(tenantAdmin.get(a.tenantPath("/users")).status()).isEqualTo(401);
        assertThat(operator.get(a.tenantPath("/users")).status()).as("the data stays").isEqualTo(200);
        assertThat(b.resellerAdmin().get("/api/v1/resellers/" + b.reseller).status()).as("other resellers go on").isEqualTo(200);

        assertThat(operator.delete("/api/v1/resellers/" + a.reseller + "/suspension").json().get("status").asText()).isEqualTo("ACTIVE");
        assertThat(resellerAdmin.get("/api/v1/resellers/" + a.reseller).status()).isEqualTo(200);
        assertThat(tenantAdmin.get(a.tenantPath("/users")).status()).isEqualTo(200);
        assertThat(operator.get("/api/v1/resellers/" + a.reseller + "/audit").body()).contains("reseller.suspended").contains("reseller.reactivated");
    }

    /** Issue 9, item 5, R1: two tenants each have an agent-a; each signs in at its own domain, and neither learns of the other. */
    @Test
    public void r1_twoTenantsEachHaveTheirOwnAgentA() {
        Fixture a = new Fixture("NamesakeA");
        Fixture b = new Fixture("NamesakeB");
        String name = "agent-a-" + unique();
        String json = "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Agent A\",\"username\":\"" + name + "\"}";
        String mine = a.user(json);
        Answer theirs = b.tenantAdmin().post(b.tenantPath("/users"), json);
        assertThat(theirs.status()).as(theirs.body()).isEqualTo(201);
        assertThat(operator.put(b.tenantPath("/users/" + theirs.json().get("id").asText() + "/password"),
                "{\"password\":\"b's own password 77\"}").status()).isEqualTo(204);

        assertThat(operator.as(Api.basic(a.signIn(name), PASSWORD)).get("/api/v1/me").json().at("/user/id").asText()).isEqualTo(mine);
        JsonNode me = operator.as(Api.basic(b.signIn(name), "b's own password 77")).get("/api/v1/me").json();
        assertThat(me.at("/tenant/id").asText()).isEqualTo(b.tenant);
        assertThat(me.get("username").asText()).isEqualTo(b.signIn(name)).endsWith("@" + operator.get("/api/v1/tenants/" + b.tenant)
                .json().get("signInDomain").asText());
        assertThat(operator.as(Api.basic(b.signIn(name), PASSWORD)).get("/api/v1/me").status()).as("a's password at b's domain").isEqualTo(401);
        assertThat(operator.as(Api.basic(name, PASSWORD)).get("/api/v1/me").status()).as("a bare name of a new user").isEqualTo(401);

        // A second one within a tenant is refused, in words about that tenant only.
        Answer twice = b.tenantAdmin().post(b.tenantPath("/users"), json);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asText()).contains("this tenant already has a user named '" + name + "'").doesNotContain(a.tenant);
        assertThat(b.tenantAdmin().get(b.tenantPath("/users?username=" + name)).json().get("items")).hasSize(1);
    }

    /** Issue 9, item 7: every kind of caller learns who it is, over REST, a new session and SOAP, and nothing of anyone else. */
    @Test
    public void meTellsEachCallerWhoItIs() {
        Fixture a = new Fixture("WhoAmI");
        JsonNode op = operator.get("/api/v1/me").json();
        assertThat(op.get("kind").asText()).isEqualTo("OPERATOR");
        assertThat(op.get("username").asText()).isEqualTo("admin");
        assertThat(op.path("tenant").isNull() || op.path("tenant").isMissingNode()).isTrue();

        JsonNode reseller = a.resellerAdmin().get("/api/v1/me").json();
        assertThat(reseller.get("kind").asText()).isEqualTo("RESELLER_ADMIN");
        assertThat(reseller.get("username").asText()).isEqualTo(a.resellerAdminEmail);
        assertThat(reseller.at("/reseller/id").asText()).isEqualTo(a.reseller);
        assertThat(reseller.at("/reseller/name").asText()).startsWith("WhoAmI ");

        Api supervisor = a.supervisor(a.department);
        JsonNode me = supervisor.get("/api/v1/me").json();
        assertThat(me.get("kind").asText()).isEqualTo("TENANT_USER");
        assertThat(me.at("/tenant/id").asText()).isEqualTo(a.tenant);
        assertThat(me.at("/tenant/name").asText()).startsWith("WhoAmI tenant ");
        assertThat(me.at("/reseller/id").asText()).isEqualTo(a.reseller);
        assertThat(me.at("/user/displayName").asText()).isEqualTo("Supervisor");
        assertThat(me.get("roles").toString()).isEqualTo("[\"SUPERVISOR\"]");
        assertThat(me.get("scope").asText()).isEqualTo("DEPARTMENTS");
        assertThat(me.get("departmentIds").toString()).contains(a.department);
        assertThat(me.toString()).doesNotContain(a.agentId).doesNotContain(a.agentName).doesNotContain("password");

        Answer session = supervisor.post("/api/v1/sessions", "");
        assertThat(session.status()).isEqualTo(201);
        assertThat(session.header("Location")).endsWith("/api/v1/sessions/" + session.json().at("/apiToken/id").asText());
        assertThat(session.json().at("/me/tenant/id").asText()).as("a new session says whose it is").isEqualTo(a.tenant);
        assertThat(session.json().at("/me/user/id").asText()).isEqualTo(me.at("/user/id").asText());
        Api bySession = operator.as(Api.bearer(session.json().get("token").asText()));
        assertThat(bySession.get("/api/v1/me").json().at("/user/id").asText()).isEqualTo(me.at("/user/id").asText());

        Answer soap = supervisor.soapAdmin("whoAmI", "");
        assertThat(soap.soapText("tenantId")).as(soap.body()).isEqualTo(a.tenant);
        assertThat(soap.soapText("role")).isEqualTo("SUPERVISOR");
        assertThat(soap.soapText("scope")).isEqualTo("DEPARTMENTS");

        assertThat(operator.as(null).get("/api/v1/me").status()).isEqualTo(401);
        assertThat(operator.as(null).soapAdmin("whoAmI", "").soapText("status")).isEqualTo("401");
    }

    /** Issue 9, item 3: a change to what a caller may do takes effect on its next request, though log-ins are remembered. */
    @Test
    public void passwordRolesDepartureAndRemovedAdministratorTakeEffectOnTheNextRequest() {
        Fixture a = new Fixture("AtOnce");
        String name = "now-" + unique();
        String id = a.user("{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Now\",\"username\":\"" + name
                + "\",\"roles\":[\"ADMINISTRATOR\"]}");
        Api user = operator.as(Api.basic(a.signIn(name), PASSWORD));
        for (int i = 0; i < 3; i++) {
            assertThat(user.get(a.tenantPath("/users")).status()).as("remembered log-in " + i).isEqualTo(200);
        }
        // Roles taken away: the very next request is judged by the new ones.
        assertThat(operator.put(a.tenantPath("/users/" + id), "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Now\",\"username\":\""
                + name + "\",\"roles\":[]}").status()).isEqualTo(200);
        assertThat(user.get(a.tenantPath("/users")).status()).as("after losing ADMINISTRATOR").isEqualTo(403);
        // A new password: the old one fails at once, the new one works.
        assertThat(operator.put(a.tenantPath("/users/" + id + "/password"), "{\"password\":\"the next password 789\"}").status()).isEqualTo(204);
        assertThat(user.get(a.tenantPath("/users/" + id)).status()).as("old password").isEqualTo(401);
        Api renewed = operator.as(Api.basic(a.signIn(name), "the next password 789"));
        assertThat(renewed.get(a.tenantPath("/users/" + id)).status()).isEqualTo(200);
        // Gone: the next request is refused.
        assertThat(operator.delete(a.tenantPath("/users/" + id)).status()).isIn(200, 204);
        assertThat(renewed.get(a.tenantPath("/users/" + id)).status()).as("after leaving").isEqualTo(401);
        // A reseller administrator removed cannot act again either.
        Api resellerAdmin = a.resellerAdmin();
        assertThat(resellerAdmin.get("/api/v1/resellers/" + a.reseller).status()).isEqualTo(200);
        assertThat(operator.delete("/api/v1/resellers/" + a.reseller + "/admins/" + a.resellerAdminEmail).status()).isEqualTo(204);
        assertThat(resellerAdmin.get("/api/v1/resellers/" + a.reseller).status()).as("after removal").isEqualTo(401);

        // An access profile changed: its users' next request, and what /me tells them, follow the new functions (R7).
        String profile = operator.post(a.tenantPath("/access-profiles"), "{\"name\":\"Directory keepers\",\"functions\":[\"users.manage\"],"
                + "\"scope\":\"TENANT\"}").json().get("id").asText();
        String keeperName = "keeper-" + unique();
        a.user("{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Keeper\",\"username\":\"" + keeperName + "\",\"accessProfileId\":\""
                + profile + "\"}");
        Api keeper = operator.as(Api.basic(a.signIn(keeperName), PASSWORD));
        assertThat(keeper.get(a.tenantPath("/users")).status()).as("the profile's function users.manage").isEqualTo(200);
        JsonNode keeperMe = keeper.get("/api/v1/me").json();
        assertThat(keeperMe.get("functions").toString()).isEqualTo("[\"users.manage\"]");
        assertThat(keeperMe.get("scope").asText()).isEqualTo("TENANT");
        assertThat(operator.patch(a.tenantPath("/access-profiles/" + profile), "{\"functions\":[\"calls\"],\"scope\":\"OWN\"}", null)
                .status()).isEqualTo(200);
        assertThat(keeper.get(a.tenantPath("/users")).status()).as("the very next request, without users.manage").isEqualTo(403);
        JsonNode changed = keeper.get("/api/v1/me").json();
        assertThat(changed.get("functions").toString()).isEqualTo("[\"calls\"]");
        assertThat(changed.get("scope").asText()).isEqualTo("OWN");
    }

    @Test
    public void isolationMatrix_everySoapOperationRefusesAUserOfAnotherTenant() {
        Fixture a = new Fixture("SoapVictim");
        Fixture b = new Fixture("SoapIntruder");
        List<String> secrets = a.identifiers();
        Map<String, String> operations = new java.util.LinkedHashMap<>();
        operations.put("getReseller", "<t:id>" + a.reseller + "</t:id>");
        operations.put("updateReseller", "<t:id>" + a.reseller + "</t:id><t:reseller><t:name>x</t:name></t:reseller>");
        operations.put("deleteReseller", "<t:id>" + a.reseller + "</t:id>");
        operations.put("createReseller", "<t:reseller><t:name>Intruder " + unique() + "</t:name></t:reseller>");
        operations.put("createTenant", "<t:tenant><t:resellerId>" + a.reseller + "</t:resellerId><t:name>x</t:name><t:pbx><t:host>h</t:host>"
                + "<t:amiPort>5038</t:amiPort><t:amiUser>u</t:amiUser><t:amiSecret>s</t:amiSecret><t:agiContext>c</t:agiContext></t:pbx></t:tenant>");
        operations.put("getTenant", "<t:id>" + a.tenant + "</t:id>");
        operations.put("updateTenant", "<t:id>" + a.tenant + "</t:id><t:tenant><t:resellerId>" + a.reseller + "</t:resellerId><t:name>x</t:name>"
                + "<t:pbx><t:host>h</t:host><t:amiPort>5038</t:amiPort><t:amiUser>u</t:amiUser><t:agiContext>c</t:agiContext></t:pbx></t:tenant>");
        operations.put("deleteTenant", "<t:id>" + a.tenant + "</t:id>");
        operations.put("listTenants", "<t:resellerId>" + a.reseller + "</t:resellerId>");
        operations.put("createDepartment", "<t:tenantId>" + a.tenant + "</t:tenantId><t:department><t:name>x</t:name><t:countryCode>RS</t:countryCode></t:department>");
        operations.put("getDepartment", "<t:tenantId>" + a.tenant + "</t:tenantId><t:id>" + a.department + "</t:id>");
        operations.put("updateDepartment", "<t:tenantId>" + a.tenant + "</t:tenantId><t:id>" + a.department + "</t:id>"
                + "<t:department><t:name>x</t:name><t:countryCode>RS</t:countryCode></t:department>");
        operations.put("deleteDepartment", "<t:tenantId>" + a.tenant + "</t:tenantId><t:id>" + a.department + "</t:id>");
        operations.put("listDepartments", "<t:tenantId>" + a.tenant + "</t:tenantId>");
        for (String lifecycle : List.of("suspendTenant", "reactivateTenant", "terminateTenant", "withdrawTenantTermination", "eraseTenant")) {
            operations.put(lifecycle, "<t:id>" + a.tenant + "</t:id>");
        }
        operations.put("moveTenant", "<t:id>" + a.tenant + "</t:id><t:resellerId>" + b.reseller + "</t:resellerId>");
        operations.put("suspendReseller", "<t:id>" + a.reseller + "</t:id>");
        for (String lifecycle : List.of("terminateReseller", "withdrawResellerTermination", "eraseReseller")) {
            operations.put(lifecycle, "<t:id>" + a.reseller + "</t:id>");
        }
        operations.put("reactivateReseller", "<t:id>" + a.reseller + "</t:id>");
        assertThat(coverage(operations.keySet().stream().map(name -> "tenancy:" + name).toList(), a.soapOperations().keySet()))
                .as("SOAP operations of a tenant or reseller that no matrix calls").isEmpty();
        for (Api intruder : new Api[] {b.tenantAdmin(), b.resellerAdmin()}) {
            for (Map.Entry<String, String> operation : operations.entrySet()) {
                Answer answer = intruder.soap(operation.getKey(), operation.getValue());
                assertThat(answer.soapText("status")).as(operation.getKey() + ": " + answer.body()).isIn("403", "404");
                for (String secret : secrets) {
                    if (!operation.getValue().contains(secret)) { // echoing what the intruder sent reveals nothing
                        assertThat(answer.body()).as(operation.getKey() + " leaks " + secret).doesNotContain(secret);
                    }
                }
            }
            Answer resellers = intruder.soap("listResellers", "");
            assertThat(resellers.body()).doesNotContain(a.reseller);
            for (Map.Entry<String, String> operation : a.soapOperations().entrySet()) {
                Answer answer = a.soapCall(intruder, operation);
                assertThat(answer.soapText("status")).as(operation.getKey() + ": " + answer.body()).isIn("403", "404");
                for (String secret : secrets) {
                    if (!operation.getValue().contains(secret)) {
                        assertThat(answer.body()).as(operation.getKey() + " leaks " + secret).doesNotContain(secret);
                    }
                }
            }
        }
        assertThat(operator.get("/api/v1/tenants/" + a.tenant).status()).as("nothing was deleted").isEqualTo(200);
    }

    @Test
    public void isolationMatrix_userScopedOperationsRefuseASupervisorOfAnotherDepartment() {
        Fixture a = new Fixture("Departments");
        String otherDepartment = operator.id(operator.post(a.tenantPath("/departments"), "{\"name\":\"Other\",\"countryCode\":\"DE\"}"));
        Api supervisor = a.supervisor(otherDepartment);
        Map<String, String> ids = a.pathValues();
        int checked = 0;
        JsonNode paths = operator.as(null).get("/api/v1/openapi.json").json().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (!path.getKey().contains("/users/{") && !path.getKey().contains("/agents/{")) {
                continue;
            }
            String concrete = "/api/v1" + a.substitute(path.getKey(), ids);
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                Answer answer = call(supervisor, method, concrete);
                assertThat(answer.status()).as(method + " " + concrete + ": " + answer.body()).isIn(403, 404);
                assertThat(answer.body()).doesNotContain(a.agentName);
                checked++;
            }
        }
        for (Map.Entry<String, String> operation : a.soapOperations().entrySet()) {
            if (operation.getValue().contains(a.agentId) && !operation.getKey().startsWith("admin:")) {
                Answer answer = a.soapCall(supervisor, operation);
                assertThat(answer.soapText("status")).as(operation.getKey() + ": " + answer.body()).isIn("403", "404");
                assertThat(answer.body()).doesNotContain(a.agentName);
                checked++;
            }
        }
        assertThat(supervisor.soapDirectory("listUsers", "<t:tenantId>" + a.tenant + "</t:tenantId>").body()).doesNotContain(a.agentName);
        assertThat(checked).isGreaterThan(16);
    }

    private static Answer call(Api api, String method, String path) {
        return switch (method) {
            case "GET" -> api.get(path);
            case "POST" -> api.post(path, "{}");
            case "PUT" -> api.put(path, "{}");
            case "DELETE" -> api.delete(path);
            case "PATCH" -> api.patch(path, "{}", null);
            default -> throw new AssertionError("unexpected method " + method);
        };
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** A reseller with one tenant full of data, and log-ins for its administrators. */
    private final class Fixture {
        final String reseller;
        final String tenant;
        final String department;
        final String resellerAdminEmail;
        String tenantAdminId;
        String agentId;
        String agentName;
        String device;
        String line;
        String profile;
        String queue;
        String webhook;

        Fixture(String label) {
            reseller = operator.createReseller(label + " " + unique());
            tenant = operator.createTenant(reseller, label + " tenant " + unique(), "sec-" + unique(), "s");
            department = operator.id(operator.post(tenantPath("/departments"), "{\"name\":\"Belgrade\",\"countryCode\":\"RS\"}"));
            resellerAdminEmail = "admin-" + unique() + "@reseller.test";
            Answer admin = operator.post("/api/v1/resellers/" + reseller + "/admins",
                    "{\"email\":\"" + resellerAdminEmail + "\",\"password\":\"" + PASSWORD + "\"}");
            assertThat(admin.status()).isEqualTo(201);
            assertThat(admin.header("Location")).endsWith("/api/v1/resellers/" + reseller + "/admins/" + resellerAdminEmail);
            tenantAdminId = user("{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Admin\",\"username\":\"adm-" + unique()
                    + "\",\"roles\":[\"ADMINISTRATOR\"]}");
            agentName = "Agent " + unique();
            agentId = user("{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"" + agentName + "\",\"departmentId\":\"" + department
                    + "\",\"username\":\"agt-" + unique() + "\"}");
            operator.put(tenantPath("/device-packs"), "{\"quantity\":1}");
            operator.put(tenantPath("/licences/voice"), "{\"quantity\":2}");
            device = operator.post(tenantPath("/devices"), "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"Desk\"}").json().at("/device/id").asText();
            line = operator.id(operator.post(tenantPath("/lines"), "{\"name\":\"Line 1\",\"deviceId\":\"" + device + "\"}"));
            profile = operator.id(operator.post(tenantPath("/access-profiles"), "{\"name\":\"Agents\",\"functions\":[\"calls\"],\"scope\":\"OWN\"}"));
            queue = operator.id(operator.post(tenantPath("/queues"), "{\"departmentId\":\"" + department + "\",\"name\":\"Support\","
                    + "\"members\":[{\"userId\":\"" + agentId + "\",\"penalty\":0}]}"));
            webhook = operator.post(tenantPath("/webhooks"), "{\"url\":\"http://127.0.0.1:9/hook\",\"eventTypes\":[\"call.ended\"]}")
                    .json().at("/webhook/id").asText();
        }

        String tenantPath(String rest) {
            return "/api/v1/tenants/" + tenant + rest;
        }

        String user(String json) {
            String id = operator.id(operator.post(tenantPath("/users"), json));
            if (json.contains("CONTACT_CENTRE")) {
                assertThat(operator.put(tenantPath("/users/" + id + "/password"), "{\"password\":\"" + PASSWORD + "\"}").status()).isEqualTo(204);
            }
            return id;
        }

        String agent(String username, String departmentId) {
            return user("{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"" + username + "\",\"username\":\"" + username + "\""
                    + (departmentId == null || departmentId.isEmpty() ? "" : ",\"departmentId\":\"" + departmentId + "\"") + "}");
        }

        Api tenantAdmin() {
            return operator.as(Api.basic(signIn(operator.get(tenantPath("/users/" + tenantAdminId)).json().get("username").asText()), PASSWORD));
        }

        /** What this tenant's user of that name signs in with (issue 9). */
        String signIn(String username) {
            return operator.signIn(tenant, username);
        }

        Api resellerAdmin() {
            return operator.as(Api.basic(resellerAdminEmail, PASSWORD));
        }

        Api supervisor(String departmentId) {
            String name = "sup-" + unique();
            user("{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Supervisor\",\"username\":\"" + name + "\",\"departmentId\":\""
                    + departmentId + "\",\"roles\":[\"SUPERVISOR\"]}");
            return operator.as(Api.basic(signIn(name), PASSWORD));
        }

        /** What each path template variable means in this fixture. */
        Map<String, String> pathValues() {
            return Map.of("tenantId", tenant, "resellerId", reseller, "userId", agentId, "queueId", queue, "channel", "voice",
                    "month", YearMonth.now(ZoneOffset.UTC).toString(), "email", resellerAdminEmail, "deliveryId", "unknown-delivery");
        }

        /** Fills in a path template; {id} is whatever the path's last collection holds. */
        String substitute(String template, Map<String, String> values) {
            String path = template;
            for (Map.Entry<String, String> value : values.entrySet()) {
                path = path.replace("{" + value.getKey() + "}", value.getValue());
            }
            String id = template.startsWith("/resellers/{id}") ? reseller
                    : template.startsWith("/tenants/{id}") ? tenant
                    : template.contains("/departments/{id}") ? department
                    : template.contains("/users/{id}") ? agentId
                    : template.contains("/devices/{id}") ? device
                    : template.contains("/lines/{id}") ? line
                    : template.contains("/access-profiles/{id}") ? profile
                    : template.contains("/queues/{id}") ? queue
                    : template.contains("/webhooks/{id}") ? webhook
                    : "unknown-id";
            return path.replace("{id}", id);
        }

        /**
         * Every tenant- or reseller-scoped operation of the directory, licensing, audit and admin SOAP
         * services, aimed at this fixture's data, keyed {@code service:operation}.
         */
        Map<String, String> soapOperations() {
            String r = "<t:resellerId>" + reseller + "</t:resellerId>";
            String t = "<t:tenantId>" + tenant + "</t:tenantId>";
            Map<String, String> operations = new java.util.LinkedHashMap<>();
            operations.put("directory:createUser", t + "<t:user><t:type>BACK_OFFICE</t:type><t:displayName>x</t:displayName></t:user>");
            operations.put("directory:getUser", t + "<t:id>" + agentId + "</t:id>");
            operations.put("directory:listUsers", t);
            operations.put("directory:updateUser", t + "<t:id>" + agentId + "</t:id><t:user><t:type>CONTACT_CENTRE</t:type><t:displayName>x</t:displayName>"
                    + "<t:username>hijacked</t:username></t:user>");
            operations.put("directory:leaveUser", t + "<t:id>" + agentId + "</t:id>");
            operations.put("directory:reactivateUser", t + "<t:id>" + agentId + "</t:id>");
            operations.put("directory:eraseUser", t + "<t:id>" + agentId + "</t:id>");
            operations.put("directory:grantChannel", t + "<t:userId>" + agentId + "</t:userId><t:channel>voice</t:channel>");
            operations.put("directory:revokeChannel", t + "<t:userId>" + agentId + "</t:userId><t:channel>voice</t:channel>");
            operations.put("directory:createDevice", t + "<t:device><t:kind>SIP_SOFTPHONE</t:kind><t:label>x</t:label></t:device>");
            operations.put("directory:getDevice", t + "<t:id>" + device + "</t:id>");
            operations.put("directory:listDevices", t);
            operations.put("directory:updateDevice", t + "<t:id>" + device + "</t:id><t:device><t:kind>SIP_DESK_PHONE</t:kind><t:label>x</t:label></t:device>");
            operations.put("directory:deleteDevice", t + "<t:id>" + device + "</t:id>");
            operations.put("licensing:getLicences", t);
            operations.put("licensing:setLicences", t + "<t:channel>voice</t:channel><t:quantity>99</t:quantity>");
            operations.put("licensing:getDevicePacks", t);
            operations.put("licensing:setDevicePacks", t + "<t:quantity>99</t:quantity>");
            operations.put("licensing:getBillingStatement", t + "<t:month>" + YearMonth.now(ZoneOffset.UTC) + "</t:month>");
            operations.put("directory:createAccessProfile", t + "<t:accessProfile><t:name>x</t:name><t:scope>OWN</t:scope></t:accessProfile>");
            operations.put("directory:getAccessProfile", t + "<t:id>" + profile + "</t:id>");
            operations.put("directory:listAccessProfiles", t);
            operations.put("directory:updateAccessProfile", t + "<t:id>" + profile + "</t:id><t:accessProfile><t:name>x</t:name><t:scope>TENANT</t:scope></t:accessProfile>");
            operations.put("directory:deleteAccessProfile", t + "<t:id>" + profile + "</t:id>");
            operations.put("directory:getRingPlan", t + "<t:userId>" + agentId + "</t:userId>");
            operations.put("directory:setRingPlan", t + "<t:userId>" + agentId + "</t:userId><t:step><t:deviceId>" + device + "</t:deviceId>"
                    + "<t:ringSeconds>10</t:ringSeconds></t:step>");
            operations.put("directory:resetRingPlan", t + "<t:userId>" + agentId + "</t:userId>");
            operations.put("directory:createLine", t + "<t:name>x</t:name><t:deviceId>" + device + "</t:deviceId>");
            operations.put("directory:getLine", t + "<t:id>" + line + "</t:id>");
            operations.put("directory:updateLine", t + "<t:id>" + line + "</t:id><t:name>x</t:name><t:deviceId>" + device + "</t:deviceId>");
            operations.put("directory:listLines", t);
            operations.put("directory:deleteLine", t + "<t:id>" + line + "</t:id>");
            operations.put("directory:logInToLine", t + "<t:lineId>" + line + "</t:lineId><t:userId>" + agentId + "</t:userId>");
            operations.put("directory:logOutOfLine", t + "<t:lineId>" + line + "</t:lineId><t:userId>" + agentId + "</t:userId>");
            operations.put("licensing:getPrices", r);
            operations.put("licensing:listPriceLists", r);
            operations.put("licensing:addBillingCorrection", r + "<t:month>" + YearMonth.now(ZoneOffset.UTC) + "</t:month><t:correction><t:tenantId>"
                    + tenant + "</t:tenantId><t:description>stolen</t:description><t:amount>-100</t:amount></t:correction>");
            operations.put("licensing:deleteBillingCorrection", r + "<t:month>" + YearMonth.now(ZoneOffset.UTC) + "</t:month><t:id>unknown</t:id>");
            operations.put("licensing:setPrices", r + "<t:priceList><t:currency>EUR</t:currency></t:priceList>");
            operations.put("licensing:getResellerStatements", r + "<t:month>" + YearMonth.now(ZoneOffset.UTC) + "</t:month>");
            operations.put("licensing:closeBillingMonth", r + "<t:month>" + YearMonth.now(ZoneOffset.UTC).minusMonths(1) + "</t:month>");
            operations.put("agents:getAgent", t + "<t:userId>" + agentId + "</t:userId>");
            operations.put("agents:listAgents", t);
            operations.put("agents:agentLogIn", t + "<t:userId>" + agentId + "</t:userId>");
            operations.put("agents:agentPause", t + "<t:userId>" + agentId + "</t:userId><t:reason>Lunch</t:reason>");
            operations.put("agents:agentResume", t + "<t:userId>" + agentId + "</t:userId>");
            operations.put("agents:agentLogOut", t + "<t:userId>" + agentId + "</t:userId>");
            operations.put("agents:monitorAgent", t + "<t:userId>" + agentId + "</t:userId><t:mode>LISTEN</t:mode>");
            operations.put("statistics:getStatisticsReport", t + "<t:by>QUEUE</t:by><t:from>" + java.time.LocalDate.now(ZoneOffset.UTC) + "</t:from>");
            operations.put("audit:queryAudit", t);
            operations.put("audit:queryResellerAudit", r);
            operations.put("audit:verifyAudit", "");
            operations.put("admin:setUserPassword", t + "<t:userId>" + agentId + "</t:userId><t:password>stolen password 1</t:password>");
            operations.put("admin:createResellerAdmin", r + "<t:email>intruder@evil.test</t:email><t:password>stolen password 1</t:password>");
            operations.put("admin:listResellerAdmins", r);
            operations.put("admin:deleteResellerAdmin", r + "<t:email>" + resellerAdminEmail + "</t:email>");
            return operations;
        }

        /** Calls one of {@link #soapOperations()} as {@code caller}. */
        Answer soapCall(Api caller, Map.Entry<String, String> operation) {
            String[] serviceAndName = operation.getKey().split(":", 2);
            return caller.soapOf(serviceAndName[0], serviceAndName[1], operation.getValue());
        }

        /** Everything of this fixture that must never appear in an answer to an intruder. */
        List<String> identifiers() {
            List<String> all = new ArrayList<>(List.of(tenant, department, agentId, agentName, device, line, profile, queue, resellerAdminEmail,
                    webhook));
            return all;
        }
    }
}
