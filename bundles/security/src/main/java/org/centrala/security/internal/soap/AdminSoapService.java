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

import org.centrala.audit.AuditEntry;
import org.centrala.audit.AuditLog;
import org.centrala.audit.AuditQuery;
import org.centrala.audit.AuditVerification;
import org.centrala.common.Page;
import org.centrala.licensing.BillingService;
import org.centrala.licensing.Price;
import org.centrala.licensing.PriceList;
import org.centrala.web.Instants;
import org.centrala.web.Months;
import org.centrala.web.Access;
import org.centrala.web.Audience;
import org.centrala.web.TenantOwnership;
import org.centrala.web.soap.CentralaFault;
import org.centrala.web.soap.SoapAccess;
import org.centrala.web.soap.SoapFaults;
import org.centrala.security.ApiToken;
import org.centrala.common.Caller;
import org.centrala.security.CredentialService;

/**
 * Prices and reseller billing (R17), the audit log (R9), passwords, reseller administrators and API
 * tokens over SOAP 1.1, with the REST API's rules and access checks.
 */
@WebService(name = "Admin", serviceName = "AdminService", portName = "AdminPort", targetNamespace = AdminSoapService.NAMESPACE)
@Component(service = SoapEndpoint.class, property = SoapEndpoint.PATH + "=admin")
public class AdminSoapService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:centrala:soap:admin:v1";
    private static final Audience[] RESELLER = {Audience.RESELLER_ADMIN};
    private static final Audience[] TENANT_ADMINS = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN};

    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<BillingService> billingSlot = new ServiceSlot<>("Licensing");
    private final BillingService billing = billingSlot.proxy(BillingService.class);
    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<AuditLog> auditSlot = new ServiceSlot<>("The audit log");
    private final AuditLog audit = auditSlot.proxy(AuditLog.class);
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
    @WebResult(name = "priceList")
    public SoapPriceList getPrices(@WebParam(name = "resellerId") String resellerId) throws CentralaFault {
        return SoapFaults.call("getPrices", () -> {
            allow(RESELLER, SoapFaults.required(resellerId, "resellerId"), null, null);
            return soap(billing.prices(resellerId));
        });
    }

    @WebMethod
    @WebResult(name = "priceList")
    public SoapPriceList setPrices(@WebParam(name = "resellerId") String resellerId, @WebParam(name = "priceList") SoapPriceList input)
            throws CentralaFault {
        return SoapFaults.call("setPrices", () -> {
            allow(RESELLER, SoapFaults.required(resellerId, "resellerId"), null, null);
            SoapPriceList list = SoapFaults.required(input, "priceList");
            List<Price> prices = new ArrayList<>();
            list.prices.forEach(price -> prices.add(price == null ? null : new Price(price.item, price.unitPrice)));
            return soap(billing.setPrices(resellerId, new PriceList(list.currency, prices)));
        });
    }

    @WebMethod
    @WebResult(name = "statement")
    public List<SoapStatementTotal> getResellerStatements(@WebParam(name = "resellerId") String resellerId,
                                                          @WebParam(name = "month") String month) throws CentralaFault {
        return SoapFaults.call("getResellerStatements", () -> {
            allow(RESELLER, SoapFaults.required(resellerId, "resellerId"), null, null);
            List<SoapStatementTotal> totals = new ArrayList<>();
            billing.statements(resellerId, Months.required("month", month)).forEach(statement -> {
                SoapStatementTotal total = new SoapStatementTotal();
                total.tenantId = statement.tenantId();
                total.tenantName = statement.tenantName();
                total.currency = statement.currency();
                total.total = statement.total();
                total.complete = statement.complete();
                totals.add(total);
            });
            return totals;
        });
    }

    @WebMethod
    @WebResult(name = "entries")
    public SoapAuditPage queryAudit(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId,
                                    @WebParam(name = "from") String from, @WebParam(name = "to") String to,
                                    @WebParam(name = "page") Long page, @WebParam(name = "size") Long size) throws CentralaFault {
        return SoapFaults.call("queryAudit", () -> {
            allow(TENANT_ADMINS, null, SoapFaults.required(tenantId, "tenantId"), null);
            Page<AuditEntry> entries = audit.query(new AuditQuery(tenantId, blankToNull(userId), Instants.parse("from", from), Instants.parse("to", to)),
                    SoapValues.page(page, size, null));
            SoapAuditPage soap = new SoapAuditPage();
            entries.items().forEach(entry -> soap.items.add(soap(entry)));
            soap.page = entries.page();
            soap.size = entries.size();
            soap.total = entries.total();
            return soap;
        });
    }

    @WebMethod
    @WebResult(name = "verification")
    public SoapAuditVerification verifyAudit() throws CentralaFault {
        return SoapFaults.call("verifyAudit", () -> {
            allow(new Audience[0], null, null, null);
            AuditVerification result = audit.verify();
            SoapAuditVerification soap = new SoapAuditVerification();
            soap.intact = result.intact();
            soap.entriesChecked = result.entriesChecked();
            soap.firstBrokenSequence = result.firstBrokenSequence();
            soap.problem = result.problem();
            return soap;
        });
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
    @WebResult(name = "apiToken")
    public List<SoapApiToken> listTokens() throws CentralaFault {
        return SoapFaults.call("listTokens", () -> credentials.tokens(caller()).stream().map(AdminSoapService::soap).toList());
    }

    @WebMethod
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

    private static SoapPriceList soap(PriceList list) {
        SoapPriceList soap = new SoapPriceList();
        soap.currency = list.currency();
        list.prices().forEach(price -> {
            SoapPrice soapPrice = new SoapPrice();
            soapPrice.item = price.item();
            soapPrice.unitPrice = price.unitPrice();
            soap.prices.add(soapPrice);
        });
        return soap;
    }

    private static SoapAuditEntry soap(AuditEntry entry) {
        SoapAuditEntry soap = new SoapAuditEntry();
        soap.sequence = entry.sequence();
        soap.recordedAt = SoapValues.date(entry.recordedAt());
        soap.tenantId = entry.tenantId();
        soap.actor = entry.actor();
        soap.userId = entry.userId();
        soap.action = entry.action();
        soap.target = entry.target();
        soap.details = entry.details();
        soap.previousHash = entry.previousHash();
        soap.hash = entry.hash();
        return soap;
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindBilling(BillingService service) {
        billingSlot.bind(service);
    }

    void unbindBilling(BillingService service) {
        billingSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindAudit(AuditLog service) {
        auditSlot.bind(service);
    }

    void unbindAudit(AuditLog service) {
        auditSlot.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindOwnership(TenantOwnership service) {
        ownershipSlot.bind(service);
    }

    void unbindOwnership(TenantOwnership service) {
        ownershipSlot.unbind(service);
    }
}
