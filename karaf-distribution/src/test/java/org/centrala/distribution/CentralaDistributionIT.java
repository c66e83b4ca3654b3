package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.centrala.distribution.Api.Answer;
import org.junit.Before;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The real Centrala distribution, booted once for all of these tests: REST and SOAP over real
 * HTTP, the shell through Karaf's session factory, the error answers, and the features as
 * installed from the project's own features repository.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class CentralaDistributionIT {

    @Inject
    private SessionFactory sessionFactory;

    @Inject
    private FeaturesService featuresService;

    @Inject
    private BundleContext bundleContext;

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
    public void featuresComeFromTheProjectsRepository() throws Exception {
        for (String feature : List.of("centrala-persistence", "centrala-core", "centrala-web", "centrala-pbx")) {
            assertThat(featuresService.isInstalled(featuresService.getFeature(feature))).as(feature).isTrue();
        }
        assertThat(featuresService.getFeature("centrala-web").getRepositoryUrl())
                .isEqualTo("mvn:org.centrala/centrala-features/" + System.getProperty("centrala.version") + "/xml/features");
    }

    @Test
    public void endpointsFollowTheDomainBundleWhenItIsRestarted() throws Exception {
        String reseller = api.createReseller("Hot swap " + unique());
        Bundle tenancy = Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> "centrala-tenancy".equals(bundle.getSymbolicName()))
                .findFirst().orElseThrow();

        tenancy.stop();
        try {
            // Away but installed: its paths say so and when to try again, never a bare 404 (issue 8).
            Answer away = api.get("/api/v1/resellers");
            assertThat(away.status()).as(away.body()).isEqualTo(503);
            assertThat(away.contentType()).startsWith("application/problem+json");
            assertThat(away.json().get("status").asInt()).isEqualTo(503);
            Answer soapAway = api.get("/soap/tenancy?wsdl");
            assertThat(soapAway.status()).as(soapAway.body()).isEqualTo(503);
            assertThat(soapAway.faultString()).contains("/soap/tenancy");
        } finally {
            tenancy.start();
        }
        Poll.until("the REST API to return", Duration.ofSeconds(30), () -> api.get("/api/v1/resellers").status() == 200);
        Poll.until("the SOAP service to return", Duration.ofSeconds(30), () -> api.get("/soap/tenancy?wsdl").status() == 200);

        assertThat(api.get("/api/v1/resellers/" + reseller).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/no-such-thing").status()).as("a path that never existed").isEqualTo(404);
    }

    // --- REST

    @Test
    public void r1_resellerTenantAndDepartmentLifecycleOverRest() {
        String reseller = api.createReseller("Lifecycle " + unique());
        String tenant = api.createTenant(reseller, "Globex", "ctx-" + unique(), "s3cret");

        JsonNode read = api.get("/api/v1/tenants/" + tenant).json();
        assertThat(read.get("name").asText()).isEqualTo("Globex");
        assertThat(read.get("resellerId").asText()).isEqualTo(reseller);
        assertThat(read.at("/pbx/host").asText()).isEqualTo("pbx.example.net");
        assertThat(read.at("/pbx/amiPort").asInt()).isEqualTo(5038);

        Answer renamed = api.put("/api/v1/tenants/" + tenant, Api.tenantJson(reseller, "Globex Corp", "renamed-" + unique(), null));
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("Globex Corp");

        String department = api.id(api.post("/api/v1/tenants/" + tenant + "/departments", "{\"name\":\"Sales Belgrade\",\"countryCode\":\"RS\"}"));
        api.id(api.post("/api/v1/tenants/" + tenant + "/departments", "{\"name\":\"Sales Berlin\",\"countryCode\":\"DE\"}"));
        JsonNode departments = api.get("/api/v1/tenants/" + tenant + "/departments?sort=countryCode,asc").json();
        assertThat(departments.get("total").asLong()).isEqualTo(2);
        assertThat(departments.at("/items/0/countryCode").asText()).isEqualTo("DE");

        Answer changed = api.put("/api/v1/tenants/" + tenant + "/departments/" + department, "{\"name\":\"Sales Novi Sad\",\"countryCode\":\"RS\"}");
        assertThat(changed.json().get("name").asText()).isEqualTo("Sales Novi Sad");

        for (JsonNode item : departments.get("items")) {
            assertThat(api.delete("/api/v1/tenants/" + tenant + "/departments/" + item.get("id").asText()).status()).isEqualTo(204);
        }
        assertThat(api.delete("/api/v1/tenants/" + tenant).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/tenants/" + tenant).status()).isEqualTo(404);
        assertThat(api.delete("/api/v1/resellers/" + reseller).status()).isEqualTo(204);
    }

    @Test
    public void listsArePagedAndSorted() {
        String reseller = api.createReseller("Paging " + unique());
        for (String name : List.of("Charlie", "alpha", "Bravo", "delta", "Echo")) {
            api.createTenant(reseller, name, "pg-" + unique(), "s");
        }
        JsonNode first = api.get("/api/v1/tenants?resellerId=" + reseller + "&size=2&sort=name").json();
        JsonNode third = api.get("/api/v1/tenants?resellerId=" + reseller + "&size=2&page=2&sort=name").json();
        JsonNode descending = api.get("/api/v1/tenants?resellerId=" + reseller + "&size=5&sort=name,desc").json();

        assertThat(first.get("total").asLong()).isEqualTo(5);
        assertThat(names(first)).containsExactly("alpha", "Bravo");
        assertThat(names(third)).containsExactly("Echo");
        assertThat(names(descending)).containsExactly("Echo", "delta", "Charlie", "Bravo", "alpha");
    }

    @Test
    public void r2_amiSecretIsNeverReturned() {
        String secret = "write-only-" + unique();
        String reseller = api.createReseller("Secrets " + unique());
        Answer created = api.post("/api/v1/tenants", Api.tenantJson(reseller, "Initech", "sec-" + unique(), secret));
        String tenant = api.id(created);

        assertThat(created.body()).doesNotContain(secret).doesNotContain("amiSecret");
        assertThat(api.get("/api/v1/tenants/" + tenant).body()).doesNotContain(secret).doesNotContain("amiSecret");
        assertThat(api.get("/api/v1/tenants?resellerId=" + reseller).body()).doesNotContain(secret);
        assertThat(api.soap("getTenant", "<t:id>" + tenant + "</t:id>").body()).doesNotContain(secret).doesNotContain("amiSecret");
        assertThat(shell("centrala:tenant-show " + tenant)).contains("Initech").doesNotContain(secret);
        assertThat(shell("centrala:tenant-list --reseller " + reseller)).contains("Initech").doesNotContain(secret);
        assertThat(api.get("/api/v1/openapi.json").json().at("/components/schemas/PbxRecord/properties").has("amiSecret")).isFalse();
    }

    @Test
    public void r2_tenantWithoutPbxRecordIsRefused() {
        String reseller = api.createReseller("NoPbx " + unique());
        Answer refused = api.post("/api/v1/tenants", "{\"resellerId\":\"" + reseller + "\",\"name\":\"Hooli\"}");
        assertProblem(refused, 400, "validation");
        assertThat(fields(refused)).contains("pbx");
        assertThat(api.get("/api/v1/tenants?resellerId=" + reseller).json().get("total").asLong()).isZero();
    }

    // --- REST errors

    @Test
    public void malformedJsonIs400() {
        Answer answer = api.post("/api/v1/resellers", "{\"name\": ");
        assertProblem(answer, 400, "malformed-request");
    }

    @Test
    public void failedValidationIs400NamingTheFields() {
        String reseller = api.createReseller("Validation " + unique());
        Answer answer = api.post("/api/v1/tenants", "{\"resellerId\":\"" + reseller + "\",\"name\":\"\",\"pbx\":{\"host\":\"bad host!\","
                + "\"amiPort\":70000,\"amiUser\":\"centrala\",\"agiContext\":\"ok\"}}");
        assertProblem(answer, 400, "validation");
        assertThat(fields(answer)).contains("name", "pbx.host", "pbx.amiPort", "pbx.amiSecret");

        Answer wrongType = api.post("/api/v1/tenants", "{\"resellerId\":\"" + reseller + "\",\"name\":\"x\",\"pbx\":{\"amiPort\":\"five\"}}");
        assertProblem(wrongType, 400, "validation");
        assertThat(fields(wrongType)).containsExactly("pbx.amiPort");

        Answer unknownField = api.post("/api/v1/resellers", "{\"name\":\"x\",\"colour\":\"red\"}");
        assertProblem(unknownField, 400, "validation");
        assertThat(fields(unknownField)).containsExactly("colour");

        Answer badCountry = api.post("/api/v1/tenants/" + api.createTenant(reseller, "Countries", "cc-" + unique(), "s") + "/departments",
                "{\"name\":\"Nowhere\",\"countryCode\":\"XX\"}");
        assertProblem(badCountry, 400, "validation");
        assertThat(fields(badCountry)).containsExactly("countryCode");

        Answer badPaging = api.get("/api/v1/resellers?page=-1&size=ten&sort=colour");
        assertProblem(badPaging, 400, "validation");
        assertThat(fields(badPaging)).contains("size");
    }

    @Test
    public void hostileOrBrokenInputIs4xxNeverA500() {
        assertProblem(api.rawGet("/api/v1/resellers?sort=%ZZ"), 400, "malformed-request");
        assertProblem(api.postBytes("/api/v1/resellers", "application/json", new byte[] {0, 0, 0, 0x7B, 0, 0, 0}), 400, "malformed-request");
        Answer array = api.post("/api/v1/resellers", "[]");
        assertProblem(array, 400, "malformed-request");
        assertThat(array.body()).doesNotContain("org.centrala");
        Answer duplicateKey = api.post("/api/v1/resellers", "{\"name\":\"x\",\"name\":\"y\"}");
        assertProblem(duplicateKey, 400, "malformed-request");
        assertThat(duplicateKey.json().get("detail").asText()).contains("Duplicate field 'name'");
        Answer unquoted = api.post("/api/v1/resellers", "{\"name\": s3cret}");
        assertProblem(unquoted, 400, "malformed-request");
        assertThat(unquoted.body()).doesNotContain("s3cret");

        String reseller = api.createReseller("Hostile " + unique());
        for (String amiPort : List.of("99999999999", "5038.7")) {
            Answer answer = api.post("/api/v1/tenants", "{\"resellerId\":\"" + reseller + "\",\"name\":\"x\",\"pbx\":{\"host\":\"h\","
                    + "\"amiPort\":" + amiPort + ",\"amiUser\":\"u\",\"amiSecret\":\"s\",\"agiContext\":\"c\"}}");
            assertProblem(answer, 400, "validation");
            assertThat(fields(answer)).as(amiPort).containsExactly("pbx.amiPort");
        }
        Answer nul = api.post("/api/v1/resellers", "{\"name\":\"a\\u0000b\"}");
        assertProblem(nul, 400, "validation");
        assertThat(fields(nul)).containsExactly("name");

        Answer soapOverflow = api.soap("createTenant", "<t:tenant><t:resellerId>" + reseller + "</t:resellerId><t:name>Overflow</t:name>"
                + "<t:pbx><t:host>h</t:host><t:amiPort>4294972334</t:amiPort><t:amiUser>u</t:amiUser><t:amiSecret>s</t:amiSecret>"
                + "<t:agiContext>overflow</t:agiContext></t:pbx></t:tenant>");
        assertThat(soapOverflow.soapText("status")).as(soapOverflow.body()).isEqualTo("400");
        assertThat(soapOverflow.body()).contains(":field>pbx.amiPort</");
        assertThat(api.get("/api/v1/tenants?resellerId=" + reseller).json().get("total").asLong()).isZero();
    }

    /** Issue 8, item 6: what clients get wrong is answered, and leaves no ERROR and no stack trace in the log. */
    @Test
    public void clientsMistakesLeaveNoErrorAndNoStackTraceInTheLog() throws Exception {
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        long before = Files.size(log);
        byte[] json = "{\"name\":\"Quiet\"}".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 5; i++) {
            api.getAndHangUp("/api/v1/openapi.json");
            api.getAndHangUp("/api/v1/resellers?size=500");
            api.getAndHangUp("/soap/directory?wsdl");
        }

        assertThat(api.send("POST", "/api/v1/resellers", "application/octet-stream", json).status()).isEqualTo(415);
        assertThat(api.send("POST", "/api/v1/resellers", "text/plain", json).status()).isEqualTo(415);
        assertProblem(api.send("POST", "/api/v1/resellers", null, "not json".getBytes(StandardCharsets.UTF_8)), 400, "malformed-request");
        byte[] huge = ("{\"name\":\"" + "x".repeat(2_000_000) + "\"}").getBytes(StandardCharsets.UTF_8);
        assertProblem(api.send("POST", "/api/v1/resellers", "application/json", huge), 413, "payload-too-large");
        assertThat(api.rawGet("/api/v1/resellers?q=" + "a".repeat(10_000)).status()).isEqualTo(414);
        assertThat(api.get("/api/v1/no/such/path").status()).isEqualTo(404);
        assertThat(api.get("/no-such-address").status()).isEqualTo(404);
        assertThat(api.as(null).get("/api/v1/resellers").status()).isEqualTo(401);
        // A charset nobody knows: CXF would fail before any of Centrala's code and Jetty answer 500.
        Answer bogusCharset = api.send("POST", "/api/v1/resellers", "application/json; charset=bogus", json);
        assertThat(bogusCharset.status()).as(bogusCharset.body()).isEqualTo(415);
        assertThat(bogusCharset.contentType()).startsWith("application/problem+json");
        assertThat(bogusCharset.json().get("detail").asText()).contains("'bogus'");
        // What Jetty refuses while parsing is a problem too, never its HTML page.
        for (String target : List.of("/api/v1/resellers/%zz", "/soap/tenancy/%zz", "/%")) {
            Answer badEscape = api.rawGet(target);
            assertThat(badEscape.status()).as(target).isEqualTo(400);
            assertThat(badEscape.contentType()).as(target).startsWith("application/problem+json");
            assertThat(badEscape.body()).as(target).doesNotContain("<h1>").contains("\"status\":400");
        }

        assertThat(api.send("POST", "/soap/tenancy", "text/xml", "<not-closed".getBytes(StandardCharsets.UTF_8)).status()).isBetween(400, 599);
        assertThat(api.send("POST", "/soap/tenancy", "application/json", json).status()).isBetween(400, 599);
        assertThat(api.send("POST", "/soap/tenancy", "text/xml", huge).status()).isBetween(400, 599);
        assertThat(api.get("/soap/tenancy").status()).isEqualTo(405);
        Answer soapBogusCharset = api.send("POST", "/soap/tenancy", "text/xml; charset=bogus", "<x/>".getBytes(StandardCharsets.UTF_8));
        assertThat(soapBogusCharset.status()).isEqualTo(415);
        assertThat(soapBogusCharset.faultString()).contains("'bogus'");
        assertThat(api.rawGet("/soap/tenancy?wsdl=%25ZZ").status()).isBetween(400, 499);
        // WS-I R1126: a fault is an HTTP 500; the status it stands for is in its typed detail.
        assertThat(api.as(null).soap("listResellers", "").soapText("status")).isEqualTo("401");
        assertThat(api.as(Api.basic("nobody", "wrong")).soap("listResellers", "").soapText("status")).isEqualTo("401");

        List<String> written;
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(log.toFile(), "r")) {
            file.seek(before);
            byte[] added = new byte[(int) (file.length() - before)];
            file.readFully(added);
            written = new String(added, StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(written).as("ERROR lines").noneMatch(line -> line.contains("| ERROR |"));
        assertThat(written).as("stack traces").noneMatch(line -> line.startsWith("\tat ") || line.startsWith("Caused by:"));
        assertThat(written).as("warnings").noneMatch(line -> line.contains("| WARN  |"));
    }

    @Test
    public void unknownIdIs404() {
        assertProblem(api.get("/api/v1/resellers/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(api.get("/api/v1/tenants/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(api.put("/api/v1/resellers/" + UUID.randomUUID(), "{\"name\":\"Ghost\"}"), 404, "not-found");
        assertProblem(api.delete("/api/v1/tenants/" + UUID.randomUUID()), 404, "not-found");
        assertProblem(api.get("/api/v1/tenants/" + UUID.randomUUID() + "/departments"), 404, "not-found");
        assertProblem(api.post("/api/v1/tenants", Api.tenantJson(UUID.randomUUID().toString(), "Orphan", "orphan", "s")), 404, "not-found");

        Answer noSuchPath = api.get("/api/v1/no-such-thing");
        assertThat(noSuchPath.status()).isEqualTo(404);
        assertThat(noSuchPath.contentType()).startsWith("application/problem+json");
    }

    @Test
    public void duplicateIs409() {
        String name = "Duplicate " + unique();
        api.createReseller(name);
        assertProblem(api.post("/api/v1/resellers", "{\"name\":\"  " + name.toUpperCase() + " \"}"), 409, "conflict");

        String reseller = api.createReseller("Dup tenants " + unique());
        String context = "dup-" + unique();
        api.createTenant(reseller, "Umbrella", context, "s");
        assertProblem(api.post("/api/v1/tenants", Api.tenantJson(reseller, "umbrella", "other-" + unique(), "s")), 409, "conflict");
        Answer sameContext = api.post("/api/v1/tenants", Api.tenantJson(reseller, "Other", context, "s"));
        assertProblem(sameContext, 409, "conflict");
        assertThat(sameContext.json().get("detail").asText()).contains(context);
    }

    @Test
    public void deletingTenantWithDepartmentsIs409AndKeepsEverything() {
        String reseller = api.createReseller("Keep " + unique());
        String tenant = api.createTenant(reseller, "Stark", "keep-" + unique(), "s");
        api.id(api.post("/api/v1/tenants/" + tenant + "/departments", "{\"name\":\"R&D\",\"countryCode\":\"US\"}"));

        Answer refused = api.delete("/api/v1/tenants/" + tenant);
        assertProblem(refused, 409, "conflict");
        assertThat(refused.json().get("detail").asText()).contains("1 department");
        assertThat(api.get("/api/v1/tenants/" + tenant).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tenants/" + tenant + "/departments").json().get("total").asLong()).isEqualTo(1);

        assertProblem(api.delete("/api/v1/resellers/" + reseller), 409, "conflict");
    }

    /** Issue 9, item 2: resellers, tenants and departments are patched, and a lost update is refused. */
    @Test
    public void resellersTenantsAndDepartmentsArePatchedWithIfMatch() {
        String reseller = api.createReseller("Patchable " + unique());
        String tenant = api.createTenant(reseller, "Before", "patch-" + unique(), "old-secret");
        Answer read = api.get("/api/v1/tenants/" + tenant);
        String etag = read.header("ETag");
        Answer renamed = api.patch("/api/v1/tenants/" + tenant, "{\"name\":\"After\"}", etag);
        assertThat(renamed.status()).as(renamed.body()).isEqualTo(200);
        assertThat(renamed.json().get("name").asText()).isEqualTo("After");
        assertThat(renamed.json().get("pbx")).as("the PBX record stays").isEqualTo(read.json().get("pbx"));
        assertThat(api.patch("/api/v1/tenants/" + tenant, "{\"pbx\":{\"amiPort\":5039}}", null).json().at("/pbx/amiPort").asInt())
                .as("a nested object merges").isEqualTo(5039);
        Answer stale = api.patch("/api/v1/tenants/" + tenant, "{\"name\":\"Lost\"}", etag);
        assertProblem(stale, 412, "stale-version");
        assertThat(api.put("/api/v1/tenants/" + tenant, Api.tenantJson(reseller, "Lost", "patch-x", "s"), etag).status()).isEqualTo(412);
        assertThat(api.get("/api/v1/tenants/" + tenant).json().get("name").asText()).isEqualTo("After");

        Answer contact = api.patch("/api/v1/resellers/" + reseller, "{\"contactEmail\":\"ops@patch.test\"}", api.get("/api/v1/resellers/" + reseller).header("ETag"));
        assertThat(contact.json().get("contactEmail").asText()).isEqualTo("ops@patch.test");
        assertThat(contact.json().get("name").asText()).startsWith("Patchable ");
        String resellerTag = contact.header("ETag");
        assertThat(api.patch("/api/v1/resellers/" + reseller, "{\"contactEmail\":\"billing@patch.test\"}", resellerTag).status()).isEqualTo(200);
        assertProblem(api.patch("/api/v1/resellers/" + reseller, "{\"contactEmail\":\"lost@patch.test\"}", resellerTag), 412, "stale-version");
        assertThat(api.get("/api/v1/resellers/" + reseller).json().get("contactEmail").asText()).isEqualTo("billing@patch.test");

        String department = api.id(api.post("/api/v1/tenants/" + tenant + "/departments", "{\"name\":\"Ops\",\"countryCode\":\"RS\"}"));
        Answer country = api.patch("/api/v1/tenants/" + tenant + "/departments/" + department, "{\"countryCode\":\"AT\"}", null);
        assertThat(country.json().get("countryCode").asText()).isEqualTo("AT");
        assertThat(country.json().get("name").asText()).isEqualTo("Ops");
        assertProblem(api.patch("/api/v1/tenants/" + tenant + "/departments/" + department, "{\"countryCode\":\"XX\"}", null), 400, "validation");
        String departmentTag = country.header("ETag");
        assertThat(api.patch("/api/v1/tenants/" + tenant + "/departments/" + department, "{\"name\":\"Operations\"}", departmentTag).status())
                .isEqualTo(200);
        assertProblem(api.patch("/api/v1/tenants/" + tenant + "/departments/" + department, "{\"name\":\"Lost\"}", departmentTag), 412,
                "stale-version");
        assertThat(api.get("/api/v1/tenants/" + tenant + "/departments/" + department).json().get("name").asText()).isEqualTo("Operations");
    }

    @Test
    public void readinessNamesEveryPartAndFollowsABundleThatStops() throws Exception {
        Api anonymous = api.as(null);
        Answer ready = anonymous.get("/api/v1/health/ready");
        assertThat(ready.status()).as(ready.body()).isEqualTo(200);
        JsonNode report = ready.json();
        assertThat(report.get("ready").asBoolean()).isTrue();
        Map<String, JsonNode> parts = new java.util.HashMap<>();
        report.get("parts").forEach(part -> parts.put(part.get("name").asText(), part));
        assertThat(parts).containsKeys("boot", "database", "rest", "soap", "pbx-links",
                "bundle centrala-tenancy", "bundle centrala-directory", "bundle centrala-licensing",
                "bundle centrala-security", "bundle centrala-audit", "bundle centrala-web", "bundle centrala-pbx-asterisk", "bundle centrala-queues");
        assertThat(parts.get("soap").get("detail").asText()).contains(ServedDocuments.SERVICES.size() + " services");
        assertThat(parts.get("pbx-links").get("gatesReadiness").asBoolean()).as("a customer's PBX never makes the node unready").isFalse();
        assertThat(ready.body()).doesNotContain("amiSecret").doesNotContain("password");
        assertThat(anonymous.get("/api/v1/health").status()).isEqualTo(200);
        assertThat(shell("centrala:health")).contains("database").contains("bundle centrala-directory").contains("The node is READY");

        Bundle licensing = java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> "centrala-licensing".equals(b.getSymbolicName())).findFirst().orElseThrow();
        licensing.stop();
        try {
            Answer notReady = anonymous.get("/api/v1/health/ready");
            assertThat(notReady.status()).as(notReady.body()).isEqualTo(503);
            assertThat(notReady.body()).contains("\"name\":\"bundle centrala-licensing\",\"up\":false");
            assertThat(anonymous.get("/api/v1/health").status()).as("liveness stays 200").isEqualTo(200);
            // Item 4 of issue 8: each concern's WSDL is its own; the licensing operations leave with it.
            assertThat(api.get("/soap/licensing?wsdl").status()).as("away, not gone").isEqualTo(503);
            Answer directory = api.get("/soap/directory?wsdl");
            assertThat(directory.status()).isEqualTo(200);
            assertThat(directory.body()).contains("createUser").doesNotContain("setLicences");
        } finally {
            licensing.start();
        }
        Poll.until("readiness after the bundle is back", Duration.ofSeconds(30),
                () -> anonymous.get("/api/v1/health/ready").status() == 200);
    }

    @Test
    public void openApiDocumentDescribesTheApi() {
        Answer answer = api.get("/api/v1/openapi.json");
        assertThat(answer.status()).isEqualTo(200);
        JsonNode document = answer.json();
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.get("paths").has("/tenants/{id}")).isTrue();
        assertThat(document.get("paths").has("/tenants/{tenantId}/departments")).isTrue();
        assertThat(document.get("paths").has("/resellers")).isTrue();

        // Issue 9, item 8: every operation is named after what it does, once, so generated clients read well.
        List<String> ids = new ArrayList<>();
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode id = operation.getValue().get("operationId");
            assertThat(id).as(operation.getKey() + " " + path.getKey() + " has an operationId").isNotNull();
            ids.add(id.asText());
        }));
        assertThat(ids).as("operationIds").doesNotHaveDuplicates().allMatch(id -> id.matches("[a-z]+[A-Z][A-Za-z]*|logIn|logOut"),
                "named verbNoun, never numbered");
        assertThat(ids).contains("listTenants", "createUser", "patchUser", "getMe", "listUsers", "setLicences");

        // Typed success, shared problem answers, how to authenticate, integer paging, months as strings.
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode responses = operation.getValue().get("responses");
            String what = operation.getKey() + " " + path.getKey();
            assertThat(responses.has("default")).as(what + " has no untyped default answer").isFalse();
            assertThat(responses.fieldNames()).as(what + " says its success status").toIterable().anyMatch(status -> status.startsWith("2"));
            assertThat(responses.at("/400/$ref").asText()).as(what).isEqualTo("#/components/responses/BadRequest");
            assertThat(responses.at("/500/$ref").asText()).as(what).isEqualTo("#/components/responses/InternalError");
            responses.fields().forEachRemaining(error -> {
                // The readiness report is the health document whatever its status, for load balancers.
                if (error.getKey().matches("[45]\\d\\d") && !path.getKey().equals("/health/ready")) {
                    JsonNode body = error.getValue().has("$ref")
                            ? document.at("/components/responses/" + error.getValue().get("$ref").asText().replaceAll(".*/", "")) : error.getValue();
                    assertThat(body.at("/content/application~1problem+json/schema/$ref").asText())
                            .as(what + " " + error.getKey() + " is a problem document").isEqualTo("#/components/schemas/Problem");
                }
            });
        }));
        assertThat(document.at("/components/securitySchemes/bearerAuth/scheme").asText()).isEqualTo("bearer");
        assertThat(document.at("/components/schemas/Problem/properties/errors/type").asText()).isEqualTo("array");
        JsonNode createUser = document.at("/paths/~1tenants~1{tenantId}~1users/post/responses/201/content/application~1json/schema/$ref");
        assertThat(createUser.asText()).isEqualTo("#/components/schemas/User");
        assertThat(document.at("/paths/~1tenants~1{tenantId}~1users/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/UserPage");
        for (JsonNode parameter : document.at("/paths/~1resellers/get/parameters")) {
            if (parameter.get("name").asText().equals("size")) {
                assertThat(parameter.at("/schema/type").asText()).isEqualTo("integer");
            }
        }
        assertThat(document.at("/components/schemas/QuantityChange/properties/fromMonth/type").asText()).as("a month").isEqualTo("string");
        assertThat(document.at("/paths/~1health~1ready/get/security").size()).as("public").isZero();

        // Issue 9, item 8: what a JSON body must hold is listed, with examples; a merge patch requires nothing;
        // an enumeration is one named schema, so that every client has one type for it.
        JsonNode schemas = document.at("/components/schemas");
        document.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(operation -> {
            JsonNode body = operation.getValue().at("/requestBody/content/application~1json/schema/$ref");
            if (!body.isMissingNode() && List.of("post", "put").contains(operation.getKey())) {
                String name = body.asText().substring("#/components/schemas/".length());
                assertThat(schemas.at("/" + name + "/required")).as(operation.getKey() + " " + path.getKey() + ": required fields of " + name)
                        .isNotEmpty();
            }
            JsonNode patch = operation.getValue().at("/requestBody/content/application~1merge-patch+json/schema/$ref");
            if (!patch.isMissingNode()) {
                String name = patch.asText().substring("#/components/schemas/".length());
                assertThat(name).endsWith("Patch");
                assertThat(schemas.get(name).has("required")).as(name + " requires nothing").isFalse();
            }
        }));
        assertThat(schemas.at("/TenantDraft/required").toString()).contains("name").contains("pbx").contains("resellerId");
        assertThat(schemas.at("/PbxSettings/properties/host/example").asText()).isEqualTo("pbx1.example.net");
        assertThat(schemas.at("/TenantDraftPatch/properties/pbx/$ref").asText()).isEqualTo("#/components/schemas/PbxSettingsPatch");
        assertThat(schemas.at("/User/properties/roles/items/$ref").asText()).isEqualTo("#/components/schemas/AccessRole");
        assertThat(schemas.at("/AccessRole/enum").toString()).contains("ADMINISTRATOR");
        assertThat(schemas.has("Month")).as("java.time.Month is no part of the API").isFalse();
    }

    // --- SOAP

    /**
     * Issue 9, item 8: WSDLs that generate working clients: each operation documented, the answer
     * of an operation never named like its request with another type, required input marked, and
     * the fault in a namespace of its own, the same for every service.
     */
    @Test
    public void wsdlsDocumentEveryOperationAndGenerateCleanly() throws Exception {
        String xsd = "http://www.w3.org/2001/XMLSchema";
        for (String service : ServedDocuments.SERVICES) {
            org.w3c.dom.Document wsdl = api.as(null).get("/soap/" + service + "?wsdl").xml();
            org.w3c.dom.NodeList portTypes = wsdl.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/", "portType");
            org.w3c.dom.NodeList operations = ((org.w3c.dom.Element) portTypes.item(0)).getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/", "operation");
            assertThat(operations.getLength()).isPositive();
            Map<String, Map<String, String>> children = new java.util.HashMap<>();
            org.w3c.dom.NodeList types = wsdl.getElementsByTagNameNS(xsd, "complexType");
            for (int i = 0; i < types.getLength(); i++) {
                org.w3c.dom.Element type = (org.w3c.dom.Element) types.item(i);
                Map<String, String> elements = new java.util.HashMap<>();
                org.w3c.dom.NodeList kids = type.getElementsByTagNameNS(xsd, "element");
                for (int k = 0; k < kids.getLength(); k++) {
                    org.w3c.dom.Element kid = (org.w3c.dom.Element) kids.item(k);
                    elements.put(kid.getAttribute("name"), kid.getAttribute("type"));
                }
                children.put(type.getAttribute("name"), elements);
            }
            for (int i = 0; i < operations.getLength(); i++) {
                org.w3c.dom.Element operation = (org.w3c.dom.Element) operations.item(i);
                String name = service + ":" + operation.getAttribute("name");
                assertThat(operation.getElementsByTagNameNS("http://schemas.xmlsoap.org/wsdl/", "documentation").getLength())
                        .as(name + " is documented").isEqualTo(1);
                Map<String, String> request = children.getOrDefault(operation.getAttribute("name"), Map.of());
                Map<String, String> response = children.getOrDefault(operation.getAttribute("name") + "Response", Map.of());
                request.forEach((child, type) -> assertThat(response.getOrDefault(child, type)).as(name + ": answer " + child + " like the request's")
                        .isEqualTo(type));
            }
            assertThat(wsdl.getElementsByTagNameNS(xsd, "schema")).isNotNull();
            assertThat(api.as(null).get("/soap/" + service + "?wsdl").body()).contains("targetNamespace=\"urn:centrala:soap:fault:v1\"");
        }
        String tenancy = api.as(null).get("/soap/tenancy?wsdl").body();
        assertThat(tenancy).contains("<wsdl:documentation>Suspend the tenant");
        // Fixed values are enumerations, each a named simple type that the fields refer to.
        String directory = api.as(null).get("/soap/directory?wsdl").body();
        assertThat(directory).containsPattern("<xs:simpleType name=\"userType\">\\s*<xs:restriction base=\"xs:string\">\\s*"
                + "<xs:enumeration value=\"BACK_OFFICE\"/>\\s*<xs:enumeration value=\"CONTACT_CENTRE\"/>");
        assertThat(directory).contains("name=\"type\" type=\"tns:userType\"").contains("name=\"kind\" type=\"tns:deviceKind\"")
                .contains("<xs:enumeration value=\"SUPERVISOR\"/>");
        assertThat(tenancy).contains("type=\"tns:tenantStatus\"").contains("<xs:enumeration value=\"ERASED\"/>");
        assertThat(tenancy).containsPattern("<xs:complexType name=\"tenantInput\">\\s*<xs:sequence>\\s*<xs:element name=\"resellerId\" type=\"xs:string\"/>");
    }

    @Test
    public void tenantCreatedOverRestIsReadBackOverSoap() {
        String reseller = api.createReseller("Soap read " + unique());
        String tenant = api.createTenant(reseller, "Wayne Enterprises", "soap-" + unique(), "s");

        Answer answer = api.soap("getTenant", "<t:id>" + tenant + "</t:id>");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.soapText("name")).isEqualTo("Wayne Enterprises");
        assertThat(answer.soapText("resellerId")).isEqualTo(reseller);
        assertThat(answer.soapText("amiPort")).isEqualTo("5038");
    }

    @Test
    public void tenantCreatedOverSoapIsListedOverRest() {
        String reseller = api.createReseller("Soap create " + unique());
        Answer created = api.soap("createTenant", "<t:tenant><t:resellerId>" + reseller + "</t:resellerId><t:name>Cyberdyne</t:name>"
                + "<t:pbx><t:host>10.0.0.5</t:host><t:amiPort>5038</t:amiPort><t:amiUser>centrala</t:amiUser>"
                + "<t:amiSecret>x</t:amiSecret><t:agiContext>cyber-" + unique() + "</t:agiContext></t:pbx></t:tenant>");
        assertThat(created.status()).as(created.body()).isEqualTo(200);

        JsonNode listed = api.get("/api/v1/tenants?resellerId=" + reseller).json();
        assertThat(names(listed)).containsExactly("Cyberdyne");
        assertThat(listed.at("/items/0/id").asText()).isEqualTo(created.soapText("id"));

        Answer page = api.soap("listTenants", "<t:resellerId>" + reseller + "</t:resellerId><t:size>10</t:size>");
        assertThat(page.soapText("total")).isEqualTo("1");
    }

    @Test
    public void soapFaultsSayWhatIsWrong() {
        Answer notFound = api.soap("getTenant", "<t:id>" + UUID.randomUUID() + "</t:id>");
        assertThat(notFound.status()).isEqualTo(500); // SOAP 1.1 carries every fault with HTTP 500
        assertThat(notFound.faultString()).contains("does not exist");
        assertThat(notFound.body()).contains("<faultcode>soap:Client</faultcode>");
        assertThat(notFound.soapText("status")).isEqualTo("404");
        assertThat(notFound.body()).doesNotContain("Exception").doesNotContain("at org.");

        Answer invalid = api.soap("createReseller", "<t:reseller><t:name></t:name><t:contactEmail>nope</t:contactEmail></t:reseller>");
        assertThat(invalid.soapText("status")).isEqualTo("400");
        assertThat(invalid.body()).contains(":field>name</").contains(":field>contactEmail</");

        String reseller = api.createReseller("Soap conflict " + unique());
        api.createTenant(reseller, "Tyrell", "ty-" + unique(), "s");
        Answer conflict = api.soap("deleteReseller", "<t:id>" + reseller + "</t:id>");
        assertThat(conflict.soapText("status")).isEqualTo("409");
        assertThat(conflict.soapText("type")).isEqualTo("urn:centrala:problem:conflict");
    }

    /** Issue 9, item 8: Swagger UI over the node's own document, public and offline. */
    @Test
    public void swaggerUiIsServedFromTheNode() {
        Api anonymous = api.as(null);
        Answer page = anonymous.get("/api/v1/docs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("swagger-ui-bundle.js").contains("start.js");
        Answer bundle = anonymous.get("/api/v1/docs/swagger-ui-bundle.js");
        assertThat(bundle.status()).isEqualTo(200);
        assertThat(bundle.contentType()).startsWith("application/javascript");
        assertThat(bundle.body().length()).as("the whole of Swagger UI, embedded").isGreaterThan(500_000);
        assertThat(anonymous.get("/api/v1/docs/start.js").body()).contains("/api/v1/openapi.json");
        assertThat(anonymous.get("/api/v1/docs/swagger-ui.css").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/v1/docs/index.html").status()).as("only the files it needs").isEqualTo(404);
        assertThat(anonymous.get("/api/v1/docs/..%2F..%2Fetc%2Fpasswd").status()).isBetween(400, 404);
        assertThat(api.get("/api/v1/openapi.json").body()).as("not in the API description").doesNotContain("/docs");
    }

    @Test
    public void eachConcernServesItsOwnWsdl() {
        // Item 4 of issue 8: a concern's operations are in its own WSDL only, so the description
        // follows what is installed (the licensing bundle stopped: readinessNamesEveryPart...).
        Map<String, List<String>> owned = Map.of(
                "tenancy", List.of("TenancyService", "createTenant", "createDepartment"),
                "directory", List.of("DirectoryService", "createUser", "createDevice", "setRingPlan", "logInToLine"),
                "licensing", List.of("LicensingService", "setLicences", "setDevicePacks", "getBillingStatement", "setPrices", "getResellerStatements"),
                "audit", List.of("AuditService", "queryAudit", "queryResellerAudit", "verifyAudit"),
                "admin", List.of("AdminService", "setUserPassword", "createResellerAdmin", "createToken"));
        owned.forEach((path, operations) -> {
            Answer wsdl = api.get("/soap/" + path + "?wsdl");
            assertThat(wsdl.status()).as(path).isEqualTo(200);
            assertThat(wsdl.body()).as(path).contains(operations).contains("centralaFault");
            owned.forEach((other, theirs) -> {
                if (!other.equals(path)) {
                    theirs.forEach(operation -> assertThat(wsdl.body()).as(path + " lists " + other + "'s " + operation)
                            .doesNotContain("name=\"" + operation + "\""));
                }
            });
        });
    }

    // --- shell

    @Test
    public void shellCommandsManageTenants() {
        String created = shell("centrala:reseller-add --email shell@example.com \"Shell Reseller " + unique() + "\"");
        assertThat(created).startsWith("Created reseller ");
        String reseller = created.split(" ")[2].trim();

        String tenantAdded = shell("centrala:tenant-add --reseller " + reseller + " --pbx-host pbx.shell.test --ami-user centrala"
                + " --ami-secret hunter2 --agi-context shell-" + unique() + " \"Shell Tenant\"");
        assertThat(tenantAdded).startsWith("Created tenant ");
        String tenant = tenantAdded.split(" ")[2].trim();

        assertThat(shell("centrala:reseller-list --size 500")).contains(reseller);
        assertThat(shell("centrala:tenant-list --reseller " + reseller)).contains(tenant).contains("Shell Tenant").contains("pbx.shell.test:5038")
                .as("the reseller by its name next to its id").contains("Shell Reseller").contains("(" + reseller + ")");
        assertThat(shell("centrala:tenant-show " + tenant)).contains("Shell Tenant").contains("pbx.shell.test").doesNotContain("hunter2");
        assertThat(api.get("/api/v1/tenants/" + tenant).json().get("name").asText()).isEqualTo("Shell Tenant");
        assertThat(shell("centrala:department-list " + tenant)).contains("0 in all");
    }

    @Test
    public void shellReportsDomainErrorsPlainly() {
        assertThatShellFails("centrala:tenant-show " + UUID.randomUUID(), "does not exist");
        assertThatShellFails("centrala:tenant-list --size 0", "size must be between 1 and 500");
    }

    // --- helpers

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> names(JsonNode page) {
        List<String> names = new ArrayList<>();
        page.get("items").forEach(item -> names.add(item.get("name").asText()));
        return names;
    }

    private static List<String> fields(Answer answer) {
        List<String> fields = new ArrayList<>();
        answer.json().path("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static void assertProblem(Answer answer, int status, String type) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).isEqualTo("urn:centrala:problem:" + type);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).isNotBlank();
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at org.").doesNotContain("at java.");
    }

    private String shell(String command) {
        return Shell.run(sessionFactory, command);
    }

    private void assertThatShellFails(String command, String message) {
        try {
            shell(command);
        } catch (AssertionError e) {
            assertThat(e.getMessage()).contains(message);
            return;
        }
        throw new AssertionError("expected " + command + " to fail with " + message);
    }
}
