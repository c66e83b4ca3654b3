package org.centrala.tenancy.internal.soap;


import org.centrala.common.Page;
import org.centrala.web.soap.SoapValues;
import org.centrala.tenancy.Department;
import org.centrala.tenancy.DepartmentDraft;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDraft;

/** Between the domain records and the JAXB types of the SOAP contract. */
public final class SoapMapping {
    private SoapMapping() {
    }

    static ResellerDraft draft(SoapResellerInput input) {
        return input == null ? null : new ResellerDraft(input.name, input.contactEmail, SoapValues.intValue("reseller.retentionDays", input.retentionDays));
    }

    static TenantDraft draft(SoapTenantInput input) {
        if (input == null) {
            return null;
        }
        SoapPbxInput pbx = input.pbx;
        return new TenantDraft(input.resellerId, input.name,
                pbx == null ? null : new PbxSettings(pbx.host, SoapValues.intValue("pbx.amiPort", pbx.amiPort), pbx.amiUser, pbx.amiSecret, pbx.dialplanContext, pbx.agiContext, pbx.trunk),
                input.signInDomain);
    }

    static DepartmentDraft draft(SoapDepartmentInput input) {
        return input == null ? null : new DepartmentDraft(input.name, input.countryCode);
    }

    static SoapReseller soap(Reseller reseller) {
        SoapReseller soap = new SoapReseller();
        soap.id = reseller.id();
        soap.name = reseller.name();
        soap.contactEmail = reseller.contactEmail();
        soap.createdAt = SoapValues.date(reseller.createdAt());
        soap.updatedAt = SoapValues.date(reseller.updatedAt());
        soap.status = reseller.status().name();
        soap.suspendedAt = SoapValues.date(reseller.suspendedAt());
        soap.retentionDays = reseller.retentionDays();
        soap.terminatedAt = SoapValues.date(reseller.terminatedAt());
        soap.erasableAt = SoapValues.date(reseller.erasableAt());
        return soap;
    }

    static SoapTenant soap(Tenant tenant) {
        SoapTenant soap = new SoapTenant();
        soap.id = tenant.id();
        soap.resellerId = tenant.resellerId();
        soap.name = tenant.name();
        soap.signInDomain = tenant.signInDomain();
        soap.pbx = new SoapPbx();
        soap.pbx.host = tenant.pbx().host();
        soap.pbx.amiPort = tenant.pbx().amiPort();
        soap.pbx.amiUser = tenant.pbx().amiUser();
        soap.pbx.dialplanContext = tenant.pbx().dialplanContext();
        soap.pbx.agiContext = tenant.pbx().dialplanContext();
        soap.pbx.trunk = tenant.pbx().trunk();
        soap.createdAt = SoapValues.date(tenant.createdAt());
        soap.updatedAt = SoapValues.date(tenant.updatedAt());
        soap.status = tenant.status().name();
        soap.suspendedAt = SoapValues.date(tenant.suspendedAt());
        soap.terminatedAt = SoapValues.date(tenant.terminatedAt());
        soap.erasableAt = SoapValues.date(tenant.erasableAt());
        return soap;
    }

    static SoapDepartment soap(Department department) {
        SoapDepartment soap = new SoapDepartment();
        soap.id = department.id();
        soap.tenantId = department.tenantId();
        soap.name = department.name();
        soap.countryCode = department.countryCode();
        soap.createdAt = SoapValues.date(department.createdAt());
        soap.updatedAt = SoapValues.date(department.updatedAt());
        return soap;
    }

    static SoapResellerPage resellers(Page<Reseller> page) {
        SoapResellerPage soap = new SoapResellerPage();
        page.items().forEach(item -> soap.items.add(soap(item)));
        soap.page = page.page();
        soap.size = page.size();
        soap.total = page.total();
        return soap;
    }

    static SoapTenantPage tenants(Page<Tenant> page) {
        SoapTenantPage soap = new SoapTenantPage();
        page.items().forEach(item -> soap.items.add(soap(item)));
        soap.page = page.page();
        soap.size = page.size();
        soap.total = page.total();
        return soap;
    }

    static SoapDepartmentPage departments(Page<Department> page) {
        SoapDepartmentPage soap = new SoapDepartmentPage();
        page.items().forEach(item -> soap.items.add(soap(item)));
        soap.page = page.page();
        soap.size = page.size();
        soap.total = page.total();
        return soap;
    }
}
