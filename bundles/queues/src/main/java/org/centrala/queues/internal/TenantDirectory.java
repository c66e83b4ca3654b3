package org.centrala.queues.internal;

import org.centrala.common.NotFoundException;
import org.centrala.common.ServiceSlot;
import org.centrala.common.ValidationException;
import org.centrala.directory.User;
import org.centrala.directory.UserService;
import org.centrala.directory.UserType;
import org.centrala.tenancy.DepartmentService;
import org.centrala.tenancy.TenantService;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * What queues and agents read of other concerns: the tenant's dialplan context, its departments
 * and its users. Bound dynamically: updating tenancy or the directory must not stop queues; a call
 * waits for the service instead.
 */
@Component(service = TenantDirectory.class)
public class TenantDirectory {
    private final ServiceSlot<TenantService> tenants = new ServiceSlot<>("Tenancy");
    private final ServiceSlot<DepartmentService> departments = new ServiceSlot<>("Tenancy");
    private final ServiceSlot<UserService> users = new ServiceSlot<>("The directory");

    public TenantDirectory() {
    }

    /** For tests: the services as they are. */
    public TenantDirectory(TenantService tenants, DepartmentService departments, UserService users) {
        bindTenants(tenants);
        bindDepartments(departments);
        bindUsers(users);
    }

    /** The tenant's dialplan context on its PBX (404 for an unknown tenant). */
    public String context(String tenantId) {
        return tenants.get().get(tenantId).pbx().dialplanContext();
    }

    /** The department as a field of what a client sent: unknown in the tenant is a 400 on that field. */
    public void requireDepartment(String tenantId, String departmentId, String field) {
        try {
            departments.get().get(tenantId, departmentId);
        } catch (NotFoundException e) {
            throw new ValidationException(field, "is not a department of this tenant");
        }
    }

    /** A user of the tenant (404 otherwise). */
    public User user(String tenantId, String userId) {
        return users.get().get(tenantId, userId);
    }

    /** A contact-centre user who has not left, as a field of what a client sent (R11: only they take queue calls). */
    public User agent(String tenantId, String userId, String field) {
        User user;
        try {
            user = user(tenantId, userId);
        } catch (NotFoundException e) {
            throw new ValidationException(field, "is not a user of this tenant");
        }
        if (user.type() != UserType.CONTACT_CENTRE) {
            throw new ValidationException(field, "must be a contact-centre user: back-office users take no queue calls (R5, R11)");
        }
        if (user.leftAt() != null) {
            throw new ValidationException(field, "has left the company");
        }
        return user;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindTenants(TenantService service) {
        tenants.bind(service);
    }

    void unbindTenants(TenantService service) {
        tenants.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindDepartments(DepartmentService service) {
        departments.bind(service);
    }

    void unbindDepartments(DepartmentService service) {
        departments.unbind(service);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindUsers(UserService service) {
        users.bind(service);
    }

    void unbindUsers(UserService service) {
        users.unbind(service);
    }
}
