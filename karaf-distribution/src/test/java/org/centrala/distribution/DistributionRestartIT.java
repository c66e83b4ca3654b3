package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import org.centrala.distribution.Api.Answer;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * The distribution as an operator runs it, outside Pax Exam: the first boot answers within 30 s
 * and logs no ERROR, a tenant created over REST is read over SOAP and listed by the shell, and it
 * is all still there after bin/stop and a second start on the same data/ folder.
 */
public class DistributionRestartIT {
    private static final Duration BOOT_LIMIT = Duration.ofSeconds(30);

    private KarafProcess karaf;

    @Before
    public void unpack() throws Exception {
        karaf = KarafProcess.unpack(KarafProcess.distribution(),
                Path.of("target/restart-it", UUID.randomUUID().toString()).toAbsolutePath());
    }

    @After
    public void kill() {
        karaf.close();
    }

    @Test
    public void tenantSurvivesRestartAndFirstBootIsClean() throws Exception {
        Api api = new Api(karaf.httpPort());

        Duration firstBoot = startAndWaitForApi(api);
        assertThat(firstBoot).as("first boot until the REST API answers").isLessThan(BOOT_LIMIT);
        assertThat(karaf.errorLines()).as("ERROR lines of the first boot").isEmpty();

        String reseller = api.createReseller("Restart Reseller");
        String tenant = api.createTenant(reseller, "Persistent Tenant", "restart", "s3cret");
        String department = api.id(api.post("/api/v1/tenants/" + tenant + "/departments", "{\"name\":\"Support\",\"countryCode\":\"AT\"}"));

        // The shell logs in through the centrala realm: operators yes, users of the user store no.
        assertThat(karaf.shell("jaas:realm-list")).contains("centrala");
        String agent = api.id(api.post("/api/v1/tenants/" + tenant + "/users",
                "{\"type\":\"CONTACT_CENTRE\",\"displayName\":\"Agent\",\"username\":\"restart-agent\",\"roles\":[\"ADMINISTRATOR\"]}"));
        api.put("/api/v1/tenants/" + tenant + "/users/" + agent + "/password", "{\"password\":\"agent password 123\"}");
        assertThat(api.as(Api.basic("restart-agent", "agent password 123")).get("/api/v1/tenants/" + tenant).status()).isEqualTo(200);
        assertThat(karaf.shellAs("restart-agent", "agent password 123", "centrala:tenant-list")).doesNotContain("Persistent Tenant");

        Answer soap = api.soap("getTenant", "<t:id>" + tenant + "</t:id>");
        assertThat(soap.soapText("name")).isEqualTo("Persistent Tenant");
        assertThat(karaf.shell("centrala:tenant-list")).contains(tenant).contains("Persistent Tenant");

        karaf.stop();
        Duration restart = startAndWaitForApi(api);
        assertThat(restart).as("restart until the REST API answers").isLessThan(BOOT_LIMIT);

        Answer afterRestart = api.get("/api/v1/tenants/" + tenant);
        assertThat(afterRestart.status()).as(afterRestart.body()).isEqualTo(200);
        assertThat(afterRestart.json().get("name").asText()).isEqualTo("Persistent Tenant");
        assertThat(afterRestart.json().at("/pbx/agiContext").asText()).isEqualTo("restart");
        assertThat(api.get("/api/v1/tenants/" + tenant + "/departments/" + department).json().get("countryCode").asText()).isEqualTo("AT");
        assertThat(api.soap("getTenant", "<t:id>" + tenant + "</t:id>").soapText("name")).isEqualTo("Persistent Tenant");
        assertThat(karaf.shell("centrala:tenant-show " + tenant)).contains("Persistent Tenant").doesNotContain("s3cret");
        // An operator's typo is answered with its message, not logged as an ERROR with a stack trace.
        assertThat(karaf.shell("centrala:tenant-show no-such-tenant")).contains("Tenant 'no-such-tenant' does not exist");
        assertThat(karaf.errorLines()).as("ERROR lines after the restart").isEmpty();

        karaf.stop();
    }

    private Duration startAndWaitForApi(Api api) throws Exception {
        long started = System.nanoTime();
        karaf.start();
        Poll.until("the REST API on port " + karaf.httpPort(), Duration.ofSeconds(90), () -> api.get("/api/v1/resellers").status() == 200);
        Duration untilRest = Duration.ofNanos(System.nanoTime() - started);
        Poll.until("the SOAP service", Duration.ofSeconds(30), () -> api.get("/soap/tenancy?wsdl").status() == 200);
        return untilRest;
    }
}
