package org.centrala.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.xml.ws.BindingProvider;

import org.centrala.client.nativ.ApiClient;
import org.centrala.client.nativ.ApiException;
import org.centrala.client.nativ.api.LicensingApi;
import org.centrala.client.nativ.api.ResellersApi;
import org.centrala.client.nativ.api.SecurityApi;
import org.centrala.client.nativ.api.TenantsApi;
import org.centrala.client.nativ.api.UsersApi;
import org.centrala.client.nativ.model.AccessRole;
import org.centrala.client.nativ.model.CallerKind;
import org.centrala.client.nativ.model.CredentialRequest;
import org.centrala.client.nativ.model.FieldError;
import org.centrala.client.nativ.model.LicencePosition;
import org.centrala.client.nativ.model.Me;
import org.centrala.client.nativ.model.PbxSettings;
import org.centrala.client.nativ.model.Problem;
import org.centrala.client.nativ.model.QuantityRequest;
import org.centrala.client.nativ.model.Reseller;
import org.centrala.client.nativ.model.ResellerDraft;
import org.centrala.client.nativ.model.Tenant;
import org.centrala.client.nativ.model.TenantDraft;
import org.centrala.client.nativ.model.TenantStatus;
import org.centrala.client.nativ.model.User;
import org.centrala.client.nativ.model.UserDraft;
import org.centrala.client.nativ.model.UserType;
import org.centrala.distribution.KarafProcess;
import org.centrala.distribution.Poll;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

import centrala.soap.licensing.v1.Licensing;
import centrala.soap.licensing.v1.LicensingService;
import centrala.soap.tenancy.v1.CentralaFault;
import centrala.soap.tenancy.v1.PbxInput;
import centrala.soap.tenancy.v1.ResellerInput;
import centrala.soap.tenancy.v1.Tenancy;
import centrala.soap.tenancy.v1.TenancyService;
import centrala.soap.tenancy.v1.TenantInput;

/**
 * Issue 9, item 8: clients generated from the documents the distribution serves (openapi-generator's
 * native and okhttp-gson libraries, CXF wsdl2java with default options) compile, which the build of
 * this module proves, and make real calls against the distribution: creates that return their
 * resource, a licence change with a month, a problem or fault read as a typed object, a sign-in.
 */
public class GeneratedClientsIT {
    private static KarafProcess karaf;
    private static String base;
    private static String operator;

    @BeforeClass
    public static void boot() throws Exception {
        karaf = KarafProcess.unpack(KarafProcess.distribution(), Path.of("target/clients-it", UUID.randomUUID().toString()).toAbsolutePath());
        karaf.start();
        base = "http://127.0.0.1:" + karaf.httpPort();
        ApiClient anonymous = nativeClient(null);
        Poll.until("the node to be ready", Duration.ofSeconds(120), () -> {
            try {
                new org.centrala.client.nativ.api.HealthApi(anonymous).getReadiness();
                return true;
            } catch (ApiException notYet) {
                return false;
            }
        });
        operator = karaf.operatorPassword();
    }

    @AfterClass
    public static void stop() throws Exception {
        if (karaf != null) {
            karaf.stop();
            karaf.close();
        }
    }

    @Test
    public void theNativeClientCreatesChangesLicencesSignsInAndReadsProblems() throws Exception {
        ApiClient client = nativeClient(basic("admin", operator));
        String unique = UUID.randomUUID().toString().substring(0, 8);

        Reseller reseller = new ResellersApi(client).createReseller(new ResellerDraft().name("Native " + unique).contactEmail("ops@native.example"));
        assertThat(reseller.getId()).isNotBlank();
        assertThat(reseller.getStatus()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(reseller.getRetentionDays()).isEqualTo(90);

        Tenant tenant = new TenantsApi(client).createTenant(new TenantDraft().resellerId(reseller.getId()).name("Native Tenant " + unique)
                .pbx(new PbxSettings().host("pbx.example.net").amiPort(5038).amiUser("centrala").amiSecret("s3cret").agiContext("native-" + unique)));
        assertThat(tenant.getSignInDomain()).isEqualTo("native-tenant-" + unique);
        assertThat(tenant.getPbx().getAmiPort()).isEqualTo(5038);

        User agent = new UsersApi(client).createUser(tenant.getId(), new UserDraft().type(UserType.CONTACT_CENTRE).displayName("Agent A")
                .username("agent-a").roles(Set.of(AccessRole.SUPERVISOR)));
        assertThat(agent.getRoles()).containsExactly(AccessRole.SUPERVISOR);

        String month = YearMonth.now(ZoneOffset.UTC).toString();
        LicencePosition licences = new LicensingApi(client).setLicences(tenant.getId(), "voice", null, new QuantityRequest().quantity(3).fromMonth(month));
        assertThat(licences.getLicences()).isEqualTo(3);
        assertThat(licences.getChanges()).extracting(change -> change.getFromMonth()).contains(month);

        ApiException refused = catchThrowableOfType(() -> new TenantsApi(client).createTenant(new TenantDraft().resellerId(reseller.getId())),
                ApiException.class);
        assertThat(refused.getCode()).isEqualTo(400);
        Problem problem = client.getObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getType()).isEqualTo("urn:centrala:problem:validation");
        assertThat(problem.getErrors()).extracting(FieldError::getField).contains("name", "pbx");

        new SecurityApi(client).setUserPassword(tenant.getId(), agent.getId(), new CredentialRequest().password("generated client 123"));
        Me me = new SecurityApi(nativeClient(basic("agent-a@" + tenant.getSignInDomain(), "generated client 123"))).getMe();
        assertThat(me.getKind()).isEqualTo(CallerKind.TENANT_USER);
        assertThat(me.getTenant().getId()).isEqualTo(tenant.getId());
        assertThat(me.getRoles()).containsExactly(AccessRole.SUPERVISOR);
    }

    @Test
    public void theOkHttpGsonClientCreatesAndReadsProblems() throws Exception {
        org.centrala.client.okhttp.ApiClient client = new org.centrala.client.okhttp.ApiClient();
        client.setBasePath(base + "/api/v1");
        client.setUsername("admin");
        client.setPassword(operator);
        org.centrala.client.okhttp.api.ResellersApi resellers = new org.centrala.client.okhttp.api.ResellersApi(client);
        String name = "OkHttp " + UUID.randomUUID().toString().substring(0, 8);

        org.centrala.client.okhttp.model.Reseller created = resellers.createReseller(new org.centrala.client.okhttp.model.ResellerDraft().name(name));
        assertThat(created.getName()).isEqualTo(name);
        assertThat(resellers.getReseller(created.getId()).getStatus()).isEqualTo(org.centrala.client.okhttp.model.TenantStatus.ACTIVE);
        assertThat(resellers.listResellers(0, 100, "name").getItems()).extracting(org.centrala.client.okhttp.model.Reseller::getId)
                .contains(created.getId());

        org.centrala.client.okhttp.ApiException duplicate = catchThrowableOfType(() -> resellers.createReseller(
                new org.centrala.client.okhttp.model.ResellerDraft().name(name)), org.centrala.client.okhttp.ApiException.class);
        assertThat(duplicate.getCode()).isEqualTo(409);
        org.centrala.client.okhttp.model.Problem problem = org.centrala.client.okhttp.model.Problem.fromJson(duplicate.getResponseBody());
        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getDetail()).contains(name);

        // A licence change: the month travels as "YYYY-MM" and comes back as such in the position.
        String unique = UUID.randomUUID().toString().substring(0, 8);
        org.centrala.client.okhttp.model.Tenant tenant = new org.centrala.client.okhttp.api.TenantsApi(client).createTenant(
                new org.centrala.client.okhttp.model.TenantDraft().resellerId(created.getId()).name("OkHttp Tenant " + unique)
                        .pbx(new org.centrala.client.okhttp.model.PbxSettings().host("pbx.example.net").amiPort(5038).amiUser("centrala")
                                .amiSecret("s3cret").agiContext("okhttp-" + unique)));
        String month = YearMonth.now(ZoneOffset.UTC).toString();
        org.centrala.client.okhttp.model.LicencePosition licences = new org.centrala.client.okhttp.api.LicensingApi(client).setLicences(
                tenant.getId(), "voice", null, new org.centrala.client.okhttp.model.QuantityRequest().quantity(4).fromMonth(month));
        assertThat(licences.getLicences()).isEqualTo(4);
        assertThat(licences.getChanges()).extracting(org.centrala.client.okhttp.model.QuantityChange::getFromMonth).contains(month);
    }

    @Test
    public void theWsdl2JavaClientCreatesChangesLicencesAndReadsTypedFaults() throws Exception {
        Tenancy tenancy = port(new TenancyService(new URL(base + "/soap/tenancy?wsdl")).getTenancyPort(), "admin", operator);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        ResellerInput resellerInput = new ResellerInput();
        resellerInput.setName("Soap " + unique);
        centrala.soap.tenancy.v1.Reseller reseller = tenancy.createReseller(resellerInput);
        assertThat(reseller.getId()).isNotBlank();
        assertThat(reseller.getStatus()).as("an enumeration in the WSDL is an enum here").isEqualTo(centrala.soap.tenancy.v1.TenantStatus.ACTIVE);

        TenantInput tenantInput = new TenantInput();
        tenantInput.setResellerId(reseller.getId());
        tenantInput.setName("Soap Tenant " + unique);
        PbxInput pbx = new PbxInput();
        pbx.setHost("pbx.example.net");
        pbx.setAmiPort(5038L);
        pbx.setAmiUser("centrala");
        pbx.setAmiSecret("s3cret");
        pbx.setAgiContext("soap-" + unique);
        tenantInput.setPbx(pbx);
        centrala.soap.tenancy.v1.Tenant tenant = tenancy.createTenant(tenantInput);
        assertThat(tenant.getPbx().getAmiPort()).isEqualTo(5038L);

        Licensing licensing = port(new LicensingService(new URL(base + "/soap/licensing?wsdl")).getLicensingPort(), "admin", operator);
        assertThat(licensing.setLicences(tenant.getId(), "voice", 2L, YearMonth.now(ZoneOffset.UTC).toString(), null).getLicences()).isEqualTo(2L);

        TenantInput nameless = new TenantInput();
        nameless.setResellerId(reseller.getId());
        CentralaFault fault = catchThrowableOfType(() -> tenancy.createTenant(nameless), CentralaFault.class);
        assertThat(fault.getFaultInfo().getStatus()).isEqualTo(400);
        assertThat(fault.getFaultInfo().getType()).isEqualTo("urn:centrala:problem:validation");
        assertThat(fault.getFaultInfo().getFieldError()).extracting(centrala.soap.fault.v1.FieldError::getField).contains("name", "pbx");

        Tenancy stranger = port(new TenancyService(new URL(base + "/soap/tenancy?wsdl")).getTenancyPort(), "admin", "not the password");
        CentralaFault unauthorised = catchThrowableOfType(() -> stranger.getReseller(reseller.getId()), CentralaFault.class);
        assertThat(unauthorised.getFaultInfo().getStatus()).as("a wrong password is a typed fault, not 'Could not send Message'").isEqualTo(401);
        assertThat(unauthorised).hasMessageContaining("wrong user name or password");
    }

    private static ApiClient nativeClient(String authorization) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base + "/api/v1");
        if (authorization != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", authorization));
        }
        return client;
    }

    private static String basic(String name, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static <T> T port(T port, String name, String password) {
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.USERNAME_PROPERTY, name);
        context.put(BindingProvider.PASSWORD_PROPERTY, password);
        return port;
    }
}
