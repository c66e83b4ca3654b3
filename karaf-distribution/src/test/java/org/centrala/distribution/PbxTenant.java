package org.centrala.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.centrala.distribution.Api.Answer;
import org.centrala.testpbx.TestPbx;

/**
 * A tenant on the suite's test PBX, made over REST as an operator: a reseller, the tenant with its
 * PBX record (its own dialplan context), a department, a device pack and voice licences; and the
 * users, devices and reads the PBX suites need.
 */
class PbxTenant {
    /** A SIP device: its id and its SIP user name (the PBX's endpoint). */
    static final class Device {
        final String id;
        final String sip;

        Device(String id, String sip) {
            this.id = id;
            this.sip = sip;
        }
    }

    record Login(String id, Api api) {
    }

    final String id;
    final String context;
    final String department;
    final String reseller;

    private final Api api;
    private final TestPbx pbx;

    PbxTenant(Api api, TestPbx pbx) {
        this(api, pbx, "centrala");
    }

    /** @param amiUser the AMI account of its PBX record; the test PBX knows only "centrala" */
    PbxTenant(Api api, TestPbx pbx, String amiUser) {
        this(api, pbx, amiUser, "pbx-secret");
    }

    PbxTenant(Api api, TestPbx pbx, String amiUser, String amiSecret) {
        this.api = api;
        this.pbx = pbx;
        reseller = api.createReseller("PBX " + unique());
        context = "ctx-" + unique();
        id = api.id(api.post("/api/v1/tenants", body(amiUser, amiSecret)));
        department = api.id(api.post(path("/departments"), "{\"name\":\"Sales\",\"countryCode\":\"RS\"}"));
        Answer packs = api.put(path("/device-packs"), "{\"quantity\":1}");
        assertThat(packs.status()).as(packs.body()).isEqualTo(200);
        Answer licences = api.put(path("/licences/voice"), "{\"quantity\":5}");
        assertThat(licences.status()).as(licences.body()).isEqualTo(200);
    }

    String body(String amiUser, String amiSecret) {
        return "{\"resellerId\":\"" + reseller + "\",\"name\":\"PBX tenant " + context + "\",\"pbx\":{"
                + "\"host\":\"127.0.0.1\",\"amiPort\":" + pbx.port() + ",\"amiUser\":\"" + amiUser + "\","
                + "\"amiSecret\":\"" + amiSecret + "\",\"agiContext\":\"" + context + "\",\"trunk\":\"trunk\"}}";
    }

    String path(String rest) {
        return "/api/v1/tenants/" + id + rest;
    }

    String backOfficeUser(String name) {
        return api.id(api.post(path("/users"), "{\"type\":\"BACK_OFFICE\",\"departmentId\":\"" + department
                + "\",\"displayName\":\"" + name + "\"}"));
    }

    String backOfficeUser(String name, String extension) {
        return api.id(api.post(path("/users"), "{\"type\":\"BACK_OFFICE\",\"departmentId\":\"" + department
                + "\",\"displayName\":\"" + name + "\",\"extension\":\"" + extension + "\"}"));
    }

    JsonNode routingDecision(String pbxCallId) {
        JsonNode[] found = new JsonNode[1];
        Poll.until("the routing decision of call " + pbxCallId, Duration.ofSeconds(15), () -> {
            Answer answer = api.get(path("/routing/decisions?pbxCallId=" + pbxCallId));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            found[0] = answer.json().get("items").size() == 1 ? answer.json().get("items").get(0) : null;
            return found[0] != null;
        });
        return found[0];
    }

    String agent(String name, String extension) {
        return api.id(api.post(path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"departmentId\":\"" + department
                + "\",\"displayName\":\"" + name + "\",\"username\":\"" + name + "-" + unique()
                + "\",\"extension\":\"" + extension + "\"}"));
    }

    String agent(String name) {
        return api.id(api.post(path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"departmentId\":\"" + department
                + "\",\"displayName\":\"" + name + "\",\"username\":\"" + name + "-" + unique() + "\"}"));
    }

    Device sipDevice(String label, String owner) {
        Answer answer = api.post(path("/devices"), "{\"kind\":\"SIP_DESK_PHONE\",\"label\":\"" + label
                + "\",\"ownerUserId\":\"" + owner + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return new Device(answer.json().at("/device/id").asText(), answer.json().at("/device/sipUsername").asText());
    }

    String mobileDevice(String number, String owner) {
        Answer answer = api.post(path("/devices"), "{\"kind\":\"MOBILE_PHONE\",\"label\":\"Mobile\","
                + "\"mobileNumber\":\"" + number + "\",\"ownerUserId\":\"" + owner + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().at("/device/id").asText();
    }

    JsonNode link() {
        Answer answer = api.get(path("/pbx/link"));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    void awaitLinkConnected() {
        Poll.until("the tenant's PBX link is connected", Duration.ofSeconds(30),
                () -> link().get("state").asText().equals("CONNECTED"));
    }

    JsonNode awaitCall(String pbxCallId) {
        JsonNode[] found = new JsonNode[1];
        Poll.until("call record " + pbxCallId, Duration.ofSeconds(15), () -> {
            for (JsonNode call : api.get(path("/calls?size=100")).json().get("items")) {
                if (call.get("pbxCallId").asText().equals(pbxCallId)) {
                    found[0] = call;
                    return true;
                }
            }
            return false;
        });
        return found[0];
    }

    /** A contact-centre user of that department who logs in; roles as a JSON array. */
    Login login(String name, String departmentId, String roles) {
        String username = name + "-" + unique();
        String id = api.id(api.post(path("/users"), "{\"type\":\"CONTACT_CENTRE\",\"departmentId\":\""
                + departmentId + "\",\"displayName\":\"" + name + "\",\"username\":\"" + username
                + "\",\"roles\":" + roles + "}"));
        String password = "a long enough password";
        Answer set = api.put(path("/users/" + id + "/password"), "{\"password\":\"" + password + "\"}");
        assertThat(set.status()).as(set.body()).isEqualTo(204);
        return new Login(id, api.as(Api.basic(api.signIn(this.id, username), password)));
    }

    Api admin() {
        return login("admin", department, "[\"ADMINISTRATOR\"]").api();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
