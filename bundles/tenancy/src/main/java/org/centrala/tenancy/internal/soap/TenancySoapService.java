package org.centrala.tenancy.internal.soap;

import org.centrala.web.soap.SoapAccess;
import org.centrala.web.soap.SoapFaults;
import org.centrala.web.soap.CentralaFault;
import org.centrala.web.soap.Documentation;

import org.centrala.web.soap.SoapValues;

import org.centrala.web.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import java.util.List;

import javax.annotation.Resource;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.web.Access;
import org.centrala.web.Audience;
import org.centrala.web.TenantOwnership;
import org.centrala.common.Caller;
import org.centrala.common.CallerKind;
import org.centrala.tenancy.DepartmentDraft;
import org.centrala.tenancy.DepartmentService;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.TenantDraft;
import org.centrala.tenancy.TenantService;

/**
 * Resellers, tenants and departments over SOAP 1.1 (document/literal wrapped), the same
 * operations and rules as the REST API. Every failure is a {@link CentralaFault}.
 */
@WebService(name = "Tenancy", serviceName = "TenancyService", portName = "TenancyPort", targetNamespace = TenancySoapService.NAMESPACE)
@Component(service = SoapEndpoint.class, property = SoapEndpoint.PATH + "=tenancy")
public class TenancySoapService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:centrala:soap:tenancy:v1";

    private static final Audience[] OPERATORS = {};
    private static final Audience[] RESELLER = {Audience.RESELLER_ADMIN};
    private static final Audience[] TENANT_READ = {Audience.RESELLER_ADMIN, Audience.TENANT_USER};
    private static final Audience[] DEPARTMENT_READ = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN,
        Audience.DEVELOPER};
    private static final Audience[] DEPARTMENT_WRITE = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN};

    private final ResellerService resellers;
    private final TenantService tenants;
    private final DepartmentService departments;
    private final SoapAccess access;

    @Resource
    private WebServiceContext context;

    @Activate
    public TenancySoapService(@Reference ResellerService resellers, @Reference TenantService tenants, @Reference DepartmentService departments, @Reference TenantOwnership ownership) {
        this.resellers = resellers;
        this.tenants = tenants;
        this.departments = departments;
        this.access = new SoapAccess(ownership);
    }

    /** The same rules as the REST API's (see {@link Access}): outside one's scope is 404, a missing role 403. */
    private Caller allow(Audience[] audiences, String resellerId, String tenantId) {
        return access.allow(context, audiences, new String[0], resellerId, tenantId, null);
    }

    // --- resellers

    @WebMethod
    @WebResult(name = "created")
    public SoapReseller createReseller(@WebParam(name = "reseller") SoapResellerInput input) throws CentralaFault {
        return SoapFaults.call("createReseller", () -> {
            allow(OPERATORS, null, null);
            return SoapMapping.soap(resellers.create(SoapFaults.required(SoapMapping.draft(input), "reseller")));
        });
    }

    @WebMethod
    @WebResult(name = "reseller")
    public SoapReseller getReseller(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("getReseller", () -> {
            allow(RESELLER, id, null);
            return SoapMapping.soap(resellers.get(SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @Documentation("Replace a reseller's name, contact e-mail and retention days (left out: unchanged)")
    @WebResult(name = "updated")
    public SoapReseller updateReseller(@WebParam(name = "id") String id, @WebParam(name = "reseller") SoapResellerInput input,
                                       @WebParam(name = "expectedUpdatedAt") java.util.Date expectedUpdatedAt) throws CentralaFault {
        return SoapFaults.call("updateReseller", () -> {
            allow(RESELLER, id, null);
            java.time.Instant expected = SoapValues.unchanged(expectedUpdatedAt, resellers.get(SoapFaults.required(id, "id")).updatedAt(),
                    "reseller '" + id + "'");
            ResellerDraft draft = SoapFaults.required(SoapMapping.draft(input), "reseller");
            return SoapMapping.soap(resellers.update(id, draft, expected));
        });
    }

    @WebMethod
    @WebResult(name = "reseller")
    public SoapReseller suspendReseller(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("suspendReseller", () -> {
            allow(OPERATORS, null, null);
            return SoapMapping.soap(resellers.suspend(SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @WebResult(name = "reseller")
    public SoapReseller reactivateReseller(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("reactivateReseller", () -> {
            allow(OPERATORS, null, null);
            return SoapMapping.soap(resellers.reactivate(SoapFaults.required(id, "id")));
        });
    }

    /** Node operators only: terminates a reseller whose tenants are all terminated, erased or moved away. */
    @WebMethod
    @WebResult(name = "reseller")
    public SoapReseller terminateReseller(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("terminateReseller", () -> {
            allow(OPERATORS, null, null);
            return SoapMapping.soap(resellers.terminate(SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @WebResult(name = "reseller")
    public SoapReseller withdrawResellerTermination(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("withdrawResellerTermination", () -> {
            allow(OPERATORS, null, null);
            return SoapMapping.soap(resellers.withdrawTermination(SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @WebResult(name = "reseller")
    public SoapReseller eraseReseller(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("eraseReseller", () -> {
            allow(OPERATORS, null, null);
            return SoapMapping.soap(resellers.erase(SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    public void deleteReseller(@WebParam(name = "id") String id) throws CentralaFault {
        SoapFaults.call("deleteReseller", () -> {
            allow(OPERATORS, null, null);
            resellers.delete(SoapFaults.required(id, "id"));
            return null;
        });
    }

    @WebMethod
    @WebResult(name = "resellers")
    public SoapResellerPage listResellers(@WebParam(name = "page") Long page, @WebParam(name = "size") Long size,
                                          @WebParam(name = "sort") String sort) throws CentralaFault {
        return SoapFaults.call("listResellers", () -> {
            Caller caller = allow(RESELLER, null, null);
            if (caller.kind() == CallerKind.RESELLER_ADMIN) {
                return SoapMapping.resellers(Page.of(List.of(resellers.get(caller.resellerId())), PageRequest.first(1), 1));
            }
            return SoapMapping.resellers(resellers.list(SoapValues.page(page, size, sort)));
        });
    }

    // --- tenants

    @WebMethod
    @WebResult(name = "created")
    public SoapTenant createTenant(@WebParam(name = "tenant") SoapTenantInput input) throws CentralaFault {
        return SoapFaults.call("createTenant", () -> {
            allow(RESELLER, input == null ? null : input.resellerId, null);
            return SoapMapping.soap(tenants.create(SoapFaults.required(SoapMapping.draft(input), "tenant")));
        });
    }

    @WebMethod
    @WebResult(name = "tenant")
    public SoapTenant getTenant(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("getTenant", () -> {
            allow(TENANT_READ, null, id);
            return SoapMapping.soap(tenants.get(SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @Documentation("Replace a tenant's name, sign-in domain and PBX record; a missing AMI secret keeps the stored one")
    @WebResult(name = "updated")
    public SoapTenant updateTenant(@WebParam(name = "id") String id, @WebParam(name = "tenant") SoapTenantInput input,
                                   @WebParam(name = "expectedUpdatedAt") java.util.Date expectedUpdatedAt) throws CentralaFault {
        return SoapFaults.call("updateTenant", () -> {
            allow(RESELLER, null, id);
            java.time.Instant expected = SoapValues.unchanged(expectedUpdatedAt, tenants.get(SoapFaults.required(id, "id")).updatedAt(),
                    "tenant '" + id + "'");
            TenantDraft draft = SoapFaults.required(SoapMapping.draft(input), "tenant");
            return SoapMapping.soap(tenants.update(id, draft, expected));
        });
    }

    @WebMethod
    @WebResult(name = "tenant")
    public SoapTenant suspendTenant(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("suspendTenant", () -> {
            allow(RESELLER, null, id);
            return SoapMapping.soap(tenants.suspend(SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @WebResult(name = "tenant")
    public SoapTenant reactivateTenant(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("reactivateTenant", () -> {
            allow(RESELLER, null, id);
            return SoapMapping.soap(tenants.reactivate(SoapFaults.required(id, "id")));
        });
    }

    /** Terminates the tenant: as suspended, and erased once its reseller's retention period has passed. */
    @WebMethod
    @WebResult(name = "tenant")
    public SoapTenant terminateTenant(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("terminateTenant", () -> {
            allow(RESELLER, null, id);
            return SoapMapping.soap(tenants.terminate(SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @WebResult(name = "tenant")
    public SoapTenant withdrawTenantTermination(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("withdrawTenantTermination", () -> {
            allow(RESELLER, null, id);
            return SoapMapping.soap(tenants.withdrawTermination(SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @WebResult(name = "tenant")
    public SoapTenant eraseTenant(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("eraseTenant", () -> {
            allow(RESELLER, null, id);
            return SoapMapping.soap(tenants.erase(SoapFaults.required(id, "id")));
        });
    }

    /** Node operators only: moves the tenant to another reseller, which bills it from the next month. */
    @WebMethod
    @WebResult(name = "tenant")
    public SoapTenant moveTenant(@WebParam(name = "id") String id, @WebParam(name = "resellerId") String resellerId) throws CentralaFault {
        return SoapFaults.call("moveTenant", () -> {
            allow(OPERATORS, null, null);
            return SoapMapping.soap(tenants.move(SoapFaults.required(id, "id"), resellerId));
        });
    }

    @WebMethod
    public void deleteTenant(@WebParam(name = "id") String id) throws CentralaFault {
        SoapFaults.call("deleteTenant", () -> {
            allow(RESELLER, null, id);
            tenants.delete(SoapFaults.required(id, "id"));
            return null;
        });
    }

    @WebMethod
    @WebResult(name = "tenants")
    public SoapTenantPage listTenants(@WebParam(name = "resellerId") String resellerId, @WebParam(name = "page") Long page,
                                      @WebParam(name = "size") Long size, @WebParam(name = "sort") String sort) throws CentralaFault {
        return SoapFaults.call("listTenants", () -> {
            String filter = resellerId == null || resellerId.isBlank() ? null : resellerId;
            Caller caller = allow(RESELLER, filter, null);
            if (caller.kind() == CallerKind.RESELLER_ADMIN) {
                filter = caller.resellerId();
            }
            return SoapMapping.tenants(tenants.list(filter, SoapValues.page(page, size, sort)));
        });
    }

    // --- departments

    @WebMethod
    @WebResult(name = "created")
    public SoapDepartment createDepartment(@WebParam(name = "tenantId") String tenantId,
                                           @WebParam(name = "department") SoapDepartmentInput input) throws CentralaFault {
        return SoapFaults.call("createDepartment", () -> {
            allow(DEPARTMENT_WRITE, null, tenantId);
            DepartmentDraft draft = SoapFaults.required(SoapMapping.draft(input), "department");
            return SoapMapping.soap(departments.create(SoapFaults.required(tenantId, "tenantId"), draft));
        });
    }

    @WebMethod
    @WebResult(name = "department")
    public SoapDepartment getDepartment(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id)
            throws CentralaFault {
        return SoapFaults.call("getDepartment", () -> {
            allow(DEPARTMENT_READ, null, tenantId);
            return SoapMapping.soap(departments.get(SoapFaults.required(tenantId, "tenantId"), SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @Documentation("Replace a department's name and country")
    @WebResult(name = "updated")
    public SoapDepartment updateDepartment(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id,
                                           @WebParam(name = "department") SoapDepartmentInput input,
                                           @WebParam(name = "expectedUpdatedAt") java.util.Date expectedUpdatedAt) throws CentralaFault {
        return SoapFaults.call("updateDepartment", () -> {
            allow(DEPARTMENT_WRITE, null, tenantId);
            java.time.Instant expected = SoapValues.unchanged(expectedUpdatedAt, departments.get(SoapFaults.required(tenantId, "tenantId"),
                    SoapFaults.required(id, "id")).updatedAt(), "department '" + id + "'");
            DepartmentDraft draft = SoapFaults.required(SoapMapping.draft(input), "department");
            return SoapMapping.soap(departments.update(tenantId, id, draft, expected));
        });
    }

    @WebMethod
    public void deleteDepartment(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id) throws CentralaFault {
        SoapFaults.call("deleteDepartment", () -> {
            allow(DEPARTMENT_WRITE, null, tenantId);
            departments.delete(SoapFaults.required(tenantId, "tenantId"), SoapFaults.required(id, "id"));
            return null;
        });
    }

    @WebMethod
    @WebResult(name = "departments")
    public SoapDepartmentPage listDepartments(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "page") Long page,
                                              @WebParam(name = "size") Long size, @WebParam(name = "sort") String sort)
            throws CentralaFault {
        return SoapFaults.call("listDepartments", () -> {
            allow(DEPARTMENT_READ, null, tenantId);
            return SoapMapping.departments(
                departments.list(SoapFaults.required(tenantId, "tenantId"), SoapValues.page(page, size, sort)));
        });
    }
}
