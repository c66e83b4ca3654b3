package org.centrala.rest.internal.soap;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

import org.centrala.common.PageRequest;
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
public class TenancySoapService {
    public static final String NAMESPACE = "urn:centrala:soap:tenancy:v1";

    private final ResellerService resellers;
    private final TenantService tenants;
    private final DepartmentService departments;

    public TenancySoapService(ResellerService resellers, TenantService tenants, DepartmentService departments) {
        this.resellers = resellers;
        this.tenants = tenants;
        this.departments = departments;
    }

    // --- resellers

    @WebMethod
    @WebResult(name = "reseller")
    public SoapReseller createReseller(@WebParam(name = "reseller") SoapResellerInput input) throws CentralaFault {
        return SoapFaults.call("createReseller", () -> SoapMapping.soap(resellers.create(required(SoapMapping.draft(input), "reseller"))));
    }

    @WebMethod
    @WebResult(name = "reseller")
    public SoapReseller getReseller(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("getReseller", () -> SoapMapping.soap(resellers.get(required(id, "id"))));
    }

    @WebMethod
    @WebResult(name = "reseller")
    public SoapReseller updateReseller(@WebParam(name = "id") String id, @WebParam(name = "reseller") SoapResellerInput input)
            throws CentralaFault {
        return SoapFaults.call("updateReseller", () -> {
            ResellerDraft draft = required(SoapMapping.draft(input), "reseller");
            return SoapMapping.soap(resellers.update(required(id, "id"), draft));
        });
    }

    @WebMethod
    public void deleteReseller(@WebParam(name = "id") String id) throws CentralaFault {
        SoapFaults.call("deleteReseller", () -> {
            resellers.delete(required(id, "id"));
            return null;
        });
    }

    @WebMethod
    @WebResult(name = "resellers")
    public SoapResellerPage listResellers(@WebParam(name = "page") Long page, @WebParam(name = "size") Long size,
                                          @WebParam(name = "sort") String sort) throws CentralaFault {
        return SoapFaults.call("listResellers", () -> SoapMapping.resellers(resellers.list(page(page, size, sort))));
    }

    // --- tenants

    @WebMethod
    @WebResult(name = "tenant")
    public SoapTenant createTenant(@WebParam(name = "tenant") SoapTenantInput input) throws CentralaFault {
        return SoapFaults.call("createTenant", () -> SoapMapping.soap(tenants.create(required(SoapMapping.draft(input), "tenant"))));
    }

    @WebMethod
    @WebResult(name = "tenant")
    public SoapTenant getTenant(@WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("getTenant", () -> SoapMapping.soap(tenants.get(required(id, "id"))));
    }

    @WebMethod
    @WebResult(name = "tenant")
    public SoapTenant updateTenant(@WebParam(name = "id") String id, @WebParam(name = "tenant") SoapTenantInput input)
            throws CentralaFault {
        return SoapFaults.call("updateTenant", () -> {
            TenantDraft draft = required(SoapMapping.draft(input), "tenant");
            return SoapMapping.soap(tenants.update(required(id, "id"), draft));
        });
    }

    @WebMethod
    public void deleteTenant(@WebParam(name = "id") String id) throws CentralaFault {
        SoapFaults.call("deleteTenant", () -> {
            tenants.delete(required(id, "id"));
            return null;
        });
    }

    @WebMethod
    @WebResult(name = "tenants")
    public SoapTenantPage listTenants(@WebParam(name = "resellerId") String resellerId, @WebParam(name = "page") Long page,
                                      @WebParam(name = "size") Long size, @WebParam(name = "sort") String sort) throws CentralaFault {
        return SoapFaults.call("listTenants", () -> SoapMapping.tenants(
                tenants.list(resellerId == null || resellerId.isBlank() ? null : resellerId, page(page, size, sort))));
    }

    // --- departments

    @WebMethod
    @WebResult(name = "department")
    public SoapDepartment createDepartment(@WebParam(name = "tenantId") String tenantId,
                                           @WebParam(name = "department") SoapDepartmentInput input) throws CentralaFault {
        return SoapFaults.call("createDepartment", () -> {
            DepartmentDraft draft = required(SoapMapping.draft(input), "department");
            return SoapMapping.soap(departments.create(required(tenantId, "tenantId"), draft));
        });
    }

    @WebMethod
    @WebResult(name = "department")
    public SoapDepartment getDepartment(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id)
            throws CentralaFault {
        return SoapFaults.call("getDepartment", () -> SoapMapping.soap(departments.get(required(tenantId, "tenantId"), required(id, "id"))));
    }

    @WebMethod
    @WebResult(name = "department")
    public SoapDepartment updateDepartment(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id,
                                           @WebParam(name = "department") SoapDepartmentInput input) throws CentralaFault {
        return SoapFaults.call("updateDepartment", () -> {
            DepartmentDraft draft = required(SoapMapping.draft(input), "department");
            return SoapMapping.soap(departments.update(required(tenantId, "tenantId"), required(id, "id"), draft));
        });
    }

    @WebMethod
    public void deleteDepartment(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id) throws CentralaFault {
        SoapFaults.call("deleteDepartment", () -> {
            departments.delete(required(tenantId, "tenantId"), required(id, "id"));
            return null;
        });
    }

    @WebMethod
    @WebResult(name = "departments")
    public SoapDepartmentPage listDepartments(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "page") Long page,
                                              @WebParam(name = "size") Long size, @WebParam(name = "sort") String sort)
            throws CentralaFault {
        return SoapFaults.call("listDepartments", () -> SoapMapping.departments(
                departments.list(required(tenantId, "tenantId"), page(page, size, sort))));
    }

    private static PageRequest page(Long page, Long size, String sort) {
        return PageRequest.parse(SoapMapping.intValue("page", page), SoapMapping.intValue("size", size), sort);
    }

    private static <T> T required(T value, String part) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw SoapFaults.missing(part);
        }
        return value;
    }
}
