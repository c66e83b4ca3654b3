package org.centrala.security.internal.soap;

import org.centrala.common.ServiceSlot;
import org.centrala.web.soap.SoapValues;

import org.centrala.web.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.centrala.web.Instants;
import org.centrala.web.Access;
import org.centrala.web.Audience;
import org.centrala.web.TenantOwnership;
import org.centrala.web.soap.CentralaFault;
import org.centrala.web.soap.Documentation;
import org.centrala.web.soap.SoapAccess;
import org.centrala.web.soap.SoapFaults;
import org.centrala.security.ApiToken;
import org.centrala.common.Caller;
import org.centrala.security.CredentialService;

/**
 * Passwords, reseller administrators and API tokens over SOAP 1.1, with the REST API's rules and
 * access checks. Prices and billing are the licensing bundle's ({@code /soap/licensing}), the audit
 * log the audit bundle's ({@code /soap/audit}).
 */
@WebService(name = "Admin", serviceName = "AdminService", portName = "AdminPort", targetNamespace = AdminSoapService.NAMESPACE)
@Component(service = SoapEndpoint.class, property = SoapEndpoint.PATH + "=admin")
public class AdminSoapService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:centrala:soap:admin:v1";
    private static final Audience[] RESELLER = {Audience.RESELLER_ADMIN};
    private static final Audience[] TENANT_ADMINS = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN};

    private final CredentialService credentials;
    private final SoapAccess access;

    @Resource
    private WebServiceContext context;

    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<TenantOwnership> ownershipSlot = new ServiceSlot<>("Tenancy");

    @Activate
    public AdminSoapService(@Reference CredentialService credentials) {
        this.credentials = credentials;
        this.access = new SoapAccess(ownershipSlot.proxy(TenantOwnership.class));
    }

    @WebMethod
    public void setUserPassword(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId,
                                @WebParam(name = "password") String password) throws CentralaFault {
        SoapFaults.call("setUserPassword", () -> {
            allow(new Audience[] {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.SELF}, null, SoapFaults.required(tenantId, "tenantId"), userId);
            credentials.setUserPassword(tenantId, SoapFaults.required(userId, "userId"), password);
            return null;
        });
    }

    @WebMethod
    @WebResult(name = "resellerAdmin")
    public SoapResellerAdmin createResellerAdmin(@WebParam(name = "resellerId") String resellerId, @WebParam(name = "email") String email,
                                                 @WebParam(name = "password") String password) throws CentralaFault {
        return SoapFaults.call("createResellerAdmin", () -> {
            allow(RESELLER, SoapFaults.required(resellerId, "resellerId"), null, null);
            var admin = credentials.createResellerAdmin(resellerId, email, password);
            SoapResellerAdmin soap = new SoapResellerAdmin();
            soap.email = admin.username();
            soap.createdAt = SoapValues.date(admin.createdAt());
            return soap;
        });
    }

    @WebMethod
    @WebResult(name = "resellerAdmin")
    public List<SoapResellerAdmin> listResellerAdmins(@WebParam(name = "resellerId") String resellerId) throws CentralaFault {
        return SoapFaults.call("listResellerAdmins", () -> {
            allow(RESELLER, SoapFaults.required(resellerId, "resellerId"), null, null);
            List<SoapResellerAdmin> admins = new ArrayList<>();
            credentials.resellerAdmins(resellerId).forEach(admin -> {
                SoapResellerAdmin soap = new SoapResellerAdmin();
                soap.email = admin.username();
                soap.createdAt = SoapValues.date(admin.createdAt());
                admins.add(soap);
            });
            return admins;
        });
    }

    @WebMethod
    public void deleteResellerAdmin(@WebParam(name = "resellerId") String resellerId, @WebParam(name = "email") String email)
            throws CentralaFault {
        SoapFaults.call("deleteResellerAdmin", () -> {
            allow(RESELLER, SoapFaults.required(resellerId, "resellerId"), null, null);
            credentials.deleteResellerAdmin(resellerId, email);
            return null;
        });
    }

    @WebMethod
    @Documentation("Who the caller is: its kind, sign-in name, reseller, tenant, user, roles, profile functions and data scope")
    @WebResult(name = "me")
    public SoapMe whoAmI() throws CentralaFault {
        return SoapFaults.call("whoAmI", () -> SoapMe.of(credentials.me(caller())));
    }

    @WebMethod
    @Documentation("Create an API token for the caller (not for node operators); the secret is in this answer only")
    @WebResult(name = "created")
    public SoapNewApiToken createToken(@WebParam(name = "name") String name, @WebParam(name = "expiresAt") String expiresAt)
            throws CentralaFault {
        return SoapFaults.call("createToken", () -> {
            var created = credentials.createToken(caller(), name, Instants.parse("expiresAt", expiresAt));
            SoapNewApiToken soap = new SoapNewApiToken();
            soap.apiToken = soap(created.apiToken());
            soap.token = created.token();
            return soap;
        });
    }

    @WebMethod
    @Documentation("The caller's own API tokens, without their secrets")
    @WebResult(name = "apiToken")
    public List<SoapApiToken> listTokens() throws CentralaFault {
        return SoapFaults.call("listTokens", () -> credentials.tokens(caller()).stream().map(AdminSoapService::soap).toList());
    }

    @WebMethod
    @Documentation("Revoke one of the caller's own API tokens; it stops working at once")
    public void revokeToken(@WebParam(name = "id") String id) throws CentralaFault {
        SoapFaults.call("revokeToken", () -> {
            credentials.revokeToken(caller(), SoapFaults.required(id, "id"));
            return null;
        });
    }

    private Caller caller() {
        return SoapAccess.caller(context);
    }

    /** The same rules as the REST API's (see {@link Access}): outside one's scope is 404, a missing role 403. */
    private void allow(Audience[] audiences, String resellerId, String tenantId, String userId) {
        access.allow(context, audiences, new String[0], resellerId, tenantId, userId);
    }

    private static SoapApiToken soap(ApiToken token) {
        SoapApiToken soap = new SoapApiToken();
        soap.id = token.id();
        soap.name = token.name();
        soap.createdAt = SoapValues.date(token.createdAt());
        soap.expiresAt = SoapValues.date(token.expiresAt());
        soap.revokedAt = SoapValues.date(token.revokedAt());
        return soap;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindOwnership(TenantOwnership service) {
        ownershipSlot.bind(service);
    }

    void unbindOwnership(TenantOwnership service) {
        ownershipSlot.unbind(service);
    }
}
