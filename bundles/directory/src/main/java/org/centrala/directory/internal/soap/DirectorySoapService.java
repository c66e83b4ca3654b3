package org.centrala.directory.internal.soap;

import org.centrala.common.ServiceSlot;
import org.centrala.directory.UserDraft;
import org.centrala.directory.internal.UserScope;
import org.centrala.web.soap.SoapValues;

import org.centrala.web.SoapEndpoint;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;

import javax.annotation.Resource;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.centrala.common.ValidationException;
import org.centrala.directory.AccessProfileService;
import org.centrala.directory.DeviceService;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.DeviceQuery;
import org.centrala.directory.SipRegistrations;
import org.centrala.directory.internal.RegisteredDevices;
import org.centrala.directory.LineDraft;
import org.centrala.directory.LineService;
import org.centrala.directory.RingPlanService;
import org.centrala.directory.UserService;
import org.centrala.web.QueryValues;
import org.centrala.common.AccessRole;
import org.centrala.directory.UserType;
import org.centrala.directory.UserQuery;
import org.centrala.web.Access;
import org.centrala.web.Audience;
import org.centrala.web.TenantOwnership;
import org.centrala.web.soap.CentralaFault;
import org.centrala.web.soap.Documentation;
import org.centrala.web.soap.SoapAccess;
import org.centrala.web.soap.SoapFaults;
import org.centrala.common.Caller;

/**
 * Users, access profiles, devices, ring plans and lines over SOAP 1.1, with the same rules and the
 * same access checks as the REST API (R3-R7, R11, R18); licences and billing are the licensing
 * bundle's ({@code /soap/licensing}). Every failure is a
 * {@link CentralaFault}.
 */
@WebService(name = "Directory", serviceName = "DirectoryService", portName = "DirectoryPort", targetNamespace = DirectorySoapService.NAMESPACE)
@Component(service = SoapEndpoint.class, property = SoapEndpoint.PATH + "=directory")
public class DirectorySoapService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:centrala:soap:directory:v1";
    private static final Audience[] USER_WRITE = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN};
    private static final Audience[] USER_READ = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN,
        Audience.DEVELOPER, Audience.SUPERVISOR};
    private static final Audience[] DEVICE_WRITE = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN};
    private static final Audience[] DEVICE_READ = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER};
    private static final Audience[] LICENSING = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN};
    private static final Audience[] PROFILE_READ = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER};
    /** R7: the access-profile functions that open each group of operations, as on the REST API. */
    private static final java.util.Map<Audience[], String[]> FUNCTIONS = new java.util.IdentityHashMap<>(java.util.Map.of(
            USER_WRITE, new String[] {"users.manage"}, USER_READ, new String[] {"users.manage"},
            DEVICE_WRITE, new String[] {"devices.manage"}, DEVICE_READ, new String[] {"devices.manage"},
            LICENSING, new String[] {"licences.manage"}));

    private final UserService users;
    private final DeviceService devices;
    private final AccessProfileService profiles;
    private final RingPlanService ringPlans;
    private final LineService lines;
    private final SoapAccess access;

    /** The PBX link's view of registrations; absent on a node without the PBX concern. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SipRegistrations registrations;

    @Resource
    private WebServiceContext context;

    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<TenantOwnership> ownershipSlot = new ServiceSlot<>("Tenancy");

    @Activate
    public DirectorySoapService(@Reference UserService users, @Reference DeviceService devices, @Reference AccessProfileService profiles, @Reference RingPlanService ringPlans, @Reference LineService lines) {
        this.profiles = profiles;
        this.ringPlans = ringPlans;
        this.lines = lines;
        this.users = users;
        this.devices = devices;
        this.access = new SoapAccess(ownershipSlot.proxy(TenantOwnership.class));
    }

    // --- users

    @WebMethod
    @WebResult(name = "created")
    public SoapUser createUser(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "user") SoapUserInput input) throws CentralaFault {
        return SoapFaults.call("createUser", () -> {
            Caller caller = allow(USER_WRITE, tenantId, null);
            UserDraft draft = SoapFaults.required(DirectorySoapMapping.draft(input), "user");
            UserScope.requireDepartment(caller, draft.departmentId());
            return DirectorySoapMapping.soap(users.create(tenantId, draft));
        });
    }

    @WebMethod
    @WebResult(name = "user")
    public SoapUser getUser(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("getUser", () -> {
            Caller caller = allow(new Audience[] {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN, Audience.DEVELOPER,
                Audience.SUPERVISOR, Audience.SELF}, tenantId, id);
            return DirectorySoapMapping.soap(UserScope.visibleUser(users, caller, tenantId, SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @WebResult(name = "users")
    public SoapUserPage listUsers(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "departmentId") String departmentId,
                                  @WebParam(name = "includeLeft") Boolean includeLeft, @WebParam(name = "page") Long page,
                                  @WebParam(name = "size") Long size, @WebParam(name = "sort") String sort,
                                  @WebParam(name = "q") String q, @WebParam(name = "username") String username,
                                  @WebParam(name = "email") String email, @WebParam(name = "type") String type,
                                  @WebParam(name = "role") String role, @WebParam(name = "phoneNumber") String phoneNumber,
                                  @WebParam(name = "extension") String extension) throws CentralaFault {
        return SoapFaults.call("listUsers", () -> {
            Caller caller = allow(USER_READ, tenantId, null);
            String department = UserScope.listedDepartment(caller, departmentId == null || departmentId.isBlank() ? null : departmentId);
            UserQuery query = new UserQuery(q, username, email, department, QueryValues.constant(UserType.class, "type", type),
                    QueryValues.constant(AccessRole.class, "role", role), phoneNumber,
                    Boolean.TRUE.equals(includeLeft) ? UserQuery.Left.ANY : UserQuery.Left.NO, extension);
            return DirectorySoapMapping.users(users.find(tenantId, query, SoapValues.page(page, size, sort)));
        });
    }

    @WebMethod
    @Documentation("Replace a user who has not left: department, name, e-mail, user name, roles and access profile; the type stays (R4-R7)")
    @WebResult(name = "updated")
    public SoapUser updateUser(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id,
                               @WebParam(name = "user") SoapUserInput input, @WebParam(name = "expectedUpdatedAt") java.util.Date expectedUpdatedAt) throws CentralaFault {
        return SoapFaults.call("updateUser", () -> {
            Caller caller = allow(USER_WRITE, tenantId, null);
            UserScope.visibleUser(users, caller, tenantId, SoapFaults.required(id, "id"));
            UserDraft draft = SoapFaults.required(DirectorySoapMapping.draft(input), "user");
            UserScope.requireDepartment(caller, draft.departmentId());
            // Atomic for users, as If-Match on REST: the row changes only if it is still the version read.
            return DirectorySoapMapping.soap(users.update(tenantId, id, draft, expectedUpdatedAt == null ? null : expectedUpdatedAt.toInstant()));
        });
    }

    @WebMethod
    @WebResult(name = "user")
    public SoapUser leaveUser(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("leaveUser", () -> {
            UserScope.visibleUser(users, allow(USER_WRITE, tenantId, null), tenantId, SoapFaults.required(id, "id"));
            return DirectorySoapMapping.soap(users.leave(tenantId, SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @WebResult(name = "user")
    public SoapUser reactivateUser(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("reactivateUser", () -> {
            UserScope.visibleUser(users, allow(USER_WRITE, tenantId, null), tenantId, SoapFaults.required(id, "id"));
            return DirectorySoapMapping.soap(users.reactivate(tenantId, id));
        });
    }

    /** Erases a user who left: a pseudonym instead of its name, its personal data and credential gone. Final. */
    @WebMethod
    @WebResult(name = "user")
    public SoapUser eraseUser(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("eraseUser", () -> {
            UserScope.visibleUser(users, allow(USER_WRITE, tenantId, null), tenantId, SoapFaults.required(id, "id"));
            return DirectorySoapMapping.soap(users.erase(tenantId, id));
        });
    }

    @WebMethod
    @WebResult(name = "user")
    public SoapUser grantChannel(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId,
                                 @WebParam(name = "channel") String channel) throws CentralaFault {
        return SoapFaults.call("grantChannel", () -> {
            UserScope.visibleUser(users, allow(USER_WRITE, tenantId, null), tenantId, SoapFaults.required(userId, "userId"));
            return DirectorySoapMapping.soap(users.grantChannel(tenantId, SoapFaults.required(userId, "userId"), SoapFaults.required(channel, "channel")));
        });
    }

    @WebMethod
    @WebResult(name = "user")
    public SoapUser revokeChannel(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId,
                                  @WebParam(name = "channel") String channel) throws CentralaFault {
        return SoapFaults.call("revokeChannel", () -> {
            UserScope.visibleUser(users, allow(USER_WRITE, tenantId, null), tenantId, SoapFaults.required(userId, "userId"));
            return DirectorySoapMapping.soap(users.revokeChannel(tenantId, SoapFaults.required(userId, "userId"), SoapFaults.required(channel, "channel")));
        });
    }

    // --- devices

    @WebMethod
    @WebResult(name = "created")
    public SoapNewDevice createDevice(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "device") SoapDeviceInput input)
            throws CentralaFault {
        return SoapFaults.call("createDevice", () -> {
            allow(DEVICE_WRITE, tenantId, null);
            return DirectorySoapMapping.soap(devices.create(tenantId, SoapFaults.required(DirectorySoapMapping.draft(input), "device")));
        });
    }

    @WebMethod
    @WebResult(name = "device")
    public SoapDevice getDevice(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("getDevice", () -> {
            allow(DEVICE_READ, tenantId, null);
            return DirectorySoapMapping.soap(devices.get(tenantId, SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @Documentation("List and search devices (sort: label, kind, createdAt); every filter is optional and they add up: owner, kind,"
            + " free text (q: part of the label or SIP user name, or digits of a mobile number), registered (true: SIP phones registered"
            + " on the PBX now; false: SIP phones that are not; a fault with status 409 while the tenant's PBX is not linked)")
    @WebResult(name = "devices")
    public SoapDevicePage listDevices(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "ownerUserId") String ownerUserId,
                                      @WebParam(name = "page") Long page, @WebParam(name = "size") Long size,
                                      @WebParam(name = "sort") String sort, @WebParam(name = "kind") String kind,
                                      @WebParam(name = "q") String q, @WebParam(name = "registered") Boolean registered) throws CentralaFault {
        return SoapFaults.call("listDevices", () -> {
            allow(DEVICE_READ, tenantId, null);
            DeviceQuery query = new DeviceQuery(q, ownerUserId, QueryValues.constant(DeviceKind.class, "kind", kind));
            org.centrala.common.PageRequest request = SoapValues.page(page, size, sort);
            return DirectorySoapMapping.devices(registered == null ? devices.find(tenantId, query, request)
                    : RegisteredDevices.pages(devices, registrations, tenantId, query, registered, sort).apply(request));
        });
    }

    @WebMethod
    @Documentation("Replace a device's label, owner and mobile number; its kind and SIP credentials stay (R3)")
    @WebResult(name = "updated")
    public SoapDevice updateDevice(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id,
                                   @WebParam(name = "device") SoapDeviceInput input, @WebParam(name = "expectedUpdatedAt") java.util.Date expectedUpdatedAt) throws CentralaFault {
        return SoapFaults.call("updateDevice", () -> {
            allow(DEVICE_WRITE, tenantId, null);
            java.time.Instant expected = SoapValues.unchanged(expectedUpdatedAt, devices.get(tenantId, SoapFaults.required(id, "id")).updatedAt(),
                    "device '" + id + "'");
            return DirectorySoapMapping.soap(devices.update(tenantId, id, SoapFaults.required(DirectorySoapMapping.draft(input), "device"), expected));
        });
    }

    @WebMethod
    public void deleteDevice(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id) throws CentralaFault {
        SoapFaults.call("deleteDevice", () -> {
            allow(DEVICE_WRITE, tenantId, null);
            devices.delete(tenantId, SoapFaults.required(id, "id"));
            return null;
        });
    }

    // --- access profiles (R7, R18)

    @WebMethod
    @WebResult(name = "created")
    public SoapAccessProfile createAccessProfile(@WebParam(name = "tenantId") String tenantId,
                                                 @WebParam(name = "accessProfile") SoapAccessProfileInput input) throws CentralaFault {
        return SoapFaults.call("createAccessProfile", () -> {
            allow(USER_WRITE, tenantId, null);
            return DirectorySoapMapping.soap(profiles.create(tenantId, SoapFaults.required(DirectorySoapMapping.draft(input), "accessProfile")));
        });
    }

    @WebMethod
    @WebResult(name = "accessProfile")
    public SoapAccessProfile getAccessProfile(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id)
            throws CentralaFault {
        return SoapFaults.call("getAccessProfile", () -> {
            allow(PROFILE_READ, tenantId, null);
            return DirectorySoapMapping.soap(profiles.get(tenantId, SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @WebResult(name = "accessProfiles")
    public SoapAccessProfilePage listAccessProfiles(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "page") Long page,
                                                    @WebParam(name = "size") Long size, @WebParam(name = "sort") String sort)
            throws CentralaFault {
        return SoapFaults.call("listAccessProfiles", () -> {
            allow(PROFILE_READ, tenantId, null);
            return DirectorySoapMapping.profiles(profiles.list(tenantId, SoapValues.page(page, size, sort)));
        });
    }

    @WebMethod
    @Documentation("Replace an access profile's name, functions, data scope and departments (R7, R18)")
    @WebResult(name = "updated")
    public SoapAccessProfile updateAccessProfile(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id,
                                                 @WebParam(name = "accessProfile") SoapAccessProfileInput input,
                                                 @WebParam(name = "expectedUpdatedAt") java.util.Date expectedUpdatedAt) throws CentralaFault {
        return SoapFaults.call("updateAccessProfile", () -> {
            allow(USER_WRITE, tenantId, null);
            java.time.Instant expected = SoapValues.unchanged(expectedUpdatedAt, profiles.get(tenantId, SoapFaults.required(id, "id")).updatedAt(),
                    "access profile '" + id + "'");
            return DirectorySoapMapping.soap(profiles.update(tenantId, id, SoapFaults.required(DirectorySoapMapping.draft(input), "accessProfile"),
                    expected));
        });
    }

    @WebMethod
    public void deleteAccessProfile(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id) throws CentralaFault {
        SoapFaults.call("deleteAccessProfile", () -> {
            allow(USER_WRITE, tenantId, null);
            profiles.delete(tenantId, SoapFaults.required(id, "id"));
            return null;
        });
    }

    // --- ring plans (R5)

    @WebMethod
    @WebResult(name = "ringPlan")
    public SoapRingPlan getRingPlan(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId)
            throws CentralaFault {
        return SoapFaults.call("getRingPlan", () -> {
            allow(DEVICE_READ, tenantId, null);
            return DirectorySoapMapping.soap(ringPlans.get(tenantId, SoapFaults.required(userId, "userId")));
        });
    }

    @WebMethod
    @Documentation("Replace a back-office user's ring plan (R5); with expectedUpdatedAt (the plan's updatedAt as read) only if"
            + " unchanged since (a fault with status 412 otherwise)")
    @WebResult(name = "ringPlan")
    public SoapRingPlan setRingPlan(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId,
                                    @WebParam(name = "step") java.util.List<SoapRingStep> steps,
                                    @WebParam(name = "expectedUpdatedAt") java.util.Date expectedUpdatedAt) throws CentralaFault {
        return SoapFaults.call("setRingPlan", () -> {
            allow(DEVICE_WRITE, tenantId, null);
            java.time.Instant expected = SoapValues.unchanged(expectedUpdatedAt, ringPlans.get(tenantId, SoapFaults.required(userId, "userId"))
                    .updatedAt(), "the ring plan of user '" + userId + "'");
            return DirectorySoapMapping.soap(ringPlans.set(tenantId, userId, DirectorySoapMapping.steps(steps == null ? java.util.List.of() : steps),
                    expected));
        });
    }

    @WebMethod
    @WebResult(name = "ringPlan")
    public SoapRingPlan resetRingPlan(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "userId") String userId)
            throws CentralaFault {
        return SoapFaults.call("resetRingPlan", () -> {
            allow(DEVICE_WRITE, tenantId, null);
            return DirectorySoapMapping.soap(ringPlans.reset(tenantId, SoapFaults.required(userId, "userId")));
        });
    }

    // --- lines (R11)

    @WebMethod
    @WebResult(name = "line")
    public SoapLine createLine(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "name") String name,
                               @WebParam(name = "deviceId") String deviceId) throws CentralaFault {
        return SoapFaults.call("createLine", () -> {
            allow(DEVICE_WRITE, tenantId, null);
            return DirectorySoapMapping.soap(lines.create(tenantId, new LineDraft(name, deviceId)));
        });
    }

    @WebMethod
    @WebResult(name = "line")
    public SoapLine getLine(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id) throws CentralaFault {
        return SoapFaults.call("getLine", () -> {
            allow(new Audience[] {Audience.RESELLER_ADMIN, Audience.TENANT_USER}, tenantId, null);
            return DirectorySoapMapping.soap(lines.get(tenantId, SoapFaults.required(id, "id")));
        });
    }

    @WebMethod
    @Documentation("Rename a hot-desk line or move it to another device (R11)")
    @WebResult(name = "line")
    public SoapLine updateLine(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id,
                               @WebParam(name = "name") String name, @WebParam(name = "deviceId") String deviceId,
                               @WebParam(name = "expectedUpdatedAt") java.util.Date expectedUpdatedAt) throws CentralaFault {
        return SoapFaults.call("updateLine", () -> {
            allow(DEVICE_WRITE, tenantId, null);
            java.time.Instant expected = SoapValues.unchanged(expectedUpdatedAt, lines.get(tenantId, SoapFaults.required(id, "id")).updatedAt(),
                    "line '" + id + "'");
            return DirectorySoapMapping.soap(lines.update(tenantId, id, new LineDraft(name, deviceId), expected));
        });
    }

    @WebMethod
    @WebResult(name = "lines")
    public SoapLinePage listLines(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "page") Long page,
                                  @WebParam(name = "size") Long size, @WebParam(name = "sort") String sort) throws CentralaFault {
        return SoapFaults.call("listLines", () -> {
            allow(new Audience[] {Audience.RESELLER_ADMIN, Audience.TENANT_USER}, tenantId, null);
            return DirectorySoapMapping.lines(lines.list(tenantId, SoapValues.page(page, size, sort)));
        });
    }

    @WebMethod
    public void deleteLine(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "id") String id) throws CentralaFault {
        SoapFaults.call("deleteLine", () -> {
            allow(DEVICE_WRITE, tenantId, null);
            lines.delete(tenantId, SoapFaults.required(id, "id"));
            return null;
        });
    }

    @WebMethod
    @WebResult(name = "line")
    public SoapLine logInToLine(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "lineId") String lineId,
                                @WebParam(name = "userId") String userId) throws CentralaFault {
        return SoapFaults.call("logInToLine", () -> {
            Access.requireSelfUnlessManager(allow(new Audience[] {Audience.RESELLER_ADMIN, Audience.TENANT_USER}, tenantId, null), userId);
            return DirectorySoapMapping.soap(lines.logIn(tenantId, SoapFaults.required(lineId, "lineId"), userId));
        });
    }

    @WebMethod
    @WebResult(name = "line")
    public SoapLine logOutOfLine(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "lineId") String lineId,
                                 @WebParam(name = "userId") String userId) throws CentralaFault {
        return SoapFaults.call("logOutOfLine", () -> {
            Access.requireSelfUnlessManager(allow(new Audience[] {Audience.RESELLER_ADMIN, Audience.TENANT_USER}, tenantId, null), userId);
            return DirectorySoapMapping.soap(lines.logOut(tenantId, SoapFaults.required(lineId, "lineId"), SoapFaults.required(userId, "userId")));
        });
    }

    /** The same rules as the REST API's (see {@link Access}): outside one's scope is 404, a missing role 403. */
    private Caller allow(Audience[] audiences, String tenantId, String userId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new ValidationException("tenantId", "is required");
        }
        return access.allow(context, audiences, FUNCTIONS.getOrDefault(audiences, new String[0]), null, tenantId, userId);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindOwnership(TenantOwnership service) {
        ownershipSlot.bind(service);
    }

    void unbindOwnership(TenantOwnership service) {
        ownershipSlot.unbind(service);
    }
}
