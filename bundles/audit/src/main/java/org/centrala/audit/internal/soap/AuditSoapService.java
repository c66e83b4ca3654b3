package org.centrala.audit.internal.soap;

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
import org.centrala.common.ServiceSlot;
import org.centrala.web.Audience;
import org.centrala.web.Instants;
import org.centrala.web.SoapEndpoint;
import org.centrala.web.TenantOwnership;
import org.centrala.web.soap.CentralaFault;
import org.centrala.web.soap.Documentation;
import org.centrala.web.soap.SoapAccess;
import org.centrala.web.soap.SoapFaults;
import org.centrala.web.soap.SoapValues;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The audit log (R9) over SOAP 1.1, at {@code /soap/audit}: owned by the audit bundle, so it comes
 * and goes with it. The rules and access checks are the REST API's.
 */
@WebService(name = "Audit", serviceName = "AuditService", portName = "AuditPort", targetNamespace = AuditSoapService.NAMESPACE)
@Component(service = SoapEndpoint.class, property = SoapEndpoint.PATH + "=audit")
public class AuditSoapService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:centrala:soap:audit:v1";
    private static final Audience[] TENANT_ADMINS = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN};
    private static final Audience[] RESELLER = {Audience.RESELLER_ADMIN};
    private static final Audience[] OPERATORS_ONLY = {};
    private static final String[] NO_FUNCTIONS = {};

    private final AuditLog audit;
    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<TenantOwnership> ownershipSlot = new ServiceSlot<>("Tenancy");
    private final SoapAccess access = new SoapAccess(ownershipSlot.proxy(TenantOwnership.class));

    @Resource
    private WebServiceContext context;

    @Activate
    public AuditSoapService(@Reference AuditLog audit) {
        this.audit = audit;
    }

    @WebMethod
    @Documentation("A tenant's audit entries (R9), oldest first, within [from, to); optionally about one user, of one action"
            + " (or a prefix ending in a dot), by one actor, about one target, mentioning a text (q, any case)")
    @WebResult(name = "entries")
    public SoapAuditPage queryAudit(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId,
                                    @WebParam(name = "from") String from, @WebParam(name = "to") String to,
                                    @WebParam(name = "page") Long page, @WebParam(name = "size") Long size,
                                    @WebParam(name = "action") String action, @WebParam(name = "actor") String actor,
                                    @WebParam(name = "target") String target, @WebParam(name = "q") String q) throws CentralaFault {
        return SoapFaults.call("queryAudit", () -> {
            org.centrala.common.Caller caller = access.allow(context, TENANT_ADMINS, NO_FUNCTIONS, null, SoapFaults.required(tenantId, "tenantId"), null);
            java.time.Instant start = org.centrala.audit.internal.TenantStint.from(caller, ownershipSlot.proxy(TenantOwnership.class), tenantId,
                    Instants.parse("from", from));
            return page(audit.query(new AuditQuery(tenantId, blankToNull(userId), start, Instants.parse("to", to))
                    .narrowedTo(action, actor, target).mentioning(q), SoapValues.page(page, size, null)));
        });
    }

    @WebMethod
    @Documentation("The reseller's own audit entries (not its tenants'), oldest first, within [from, to); optionally of one"
            + " action (or a prefix ending in a dot), by one actor, about one target, mentioning a text (q, any case)")
    @WebResult(name = "entries")
    public SoapAuditPage queryResellerAudit(@WebParam(name = "resellerId") String resellerId, @WebParam(name = "from") String from,
                                            @WebParam(name = "to") String to, @WebParam(name = "page") Long page,
                                            @WebParam(name = "size") Long size, @WebParam(name = "action") String action,
                                            @WebParam(name = "actor") String actor, @WebParam(name = "target") String target,
                                            @WebParam(name = "q") String q) throws CentralaFault {
        return SoapFaults.call("queryResellerAudit", () -> {
            access.allow(context, RESELLER, NO_FUNCTIONS, SoapFaults.required(resellerId, "resellerId"), null, null);
            return page(audit.query(AuditQuery.ofReseller(resellerId, Instants.parse("from", from), Instants.parse("to", to))
                    .narrowedTo(action, actor, target).mentioning(q), SoapValues.page(page, size, null)));
        });
    }

    @WebMethod
    @Documentation("Node operators only: checks the hash chain of the whole audit log and names the first broken entry")
    @WebResult(name = "verification")
    public SoapAuditVerification verifyAudit() throws CentralaFault {
        return SoapFaults.call("verifyAudit", () -> {
            // Node operators only, as on the REST API.
            access.allow(context, OPERATORS_ONLY, NO_FUNCTIONS, null, null, null);
            AuditVerification result = audit.verify();
            SoapAuditVerification soap = new SoapAuditVerification();
            soap.intact = result.intact();
            soap.entriesChecked = result.entriesChecked();
            soap.firstBrokenSequence = result.firstBrokenSequence();
            soap.problem = result.problem();
            return soap;
        });
    }

    private static SoapAuditPage page(Page<AuditEntry> entries) {
        SoapAuditPage soap = new SoapAuditPage();
        entries.items().forEach(entry -> soap.items.add(soap(entry)));
        soap.page = entries.page();
        soap.size = entries.size();
        soap.total = entries.total();
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindOwnership(TenantOwnership service) {
        ownershipSlot.bind(service);
    }

    void unbindOwnership(TenantOwnership service) {
        ownershipSlot.unbind(service);
    }
}
