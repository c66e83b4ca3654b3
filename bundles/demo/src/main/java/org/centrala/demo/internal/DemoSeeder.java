package org.centrala.demo.internal;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.common.AccessRole;
import org.centrala.directory.Device;
import org.centrala.directory.DeviceDraft;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.DeviceService;
import org.centrala.directory.User;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserService;
import org.centrala.directory.UserType;
import org.centrala.licensing.Channel;
import org.centrala.licensing.DevicePackService;
import org.centrala.licensing.LicenceService;
import org.centrala.security.CredentialService;
import org.centrala.tenancy.DepartmentDraft;
import org.centrala.tenancy.DepartmentService;
import org.centrala.tenancy.PbxSettings;
import org.centrala.tenancy.Reseller;
import org.centrala.tenancy.ResellerDraft;
import org.centrala.tenancy.ResellerService;
import org.centrala.tenancy.Tenant;
import org.centrala.tenancy.TenantDraft;
import org.centrala.tenancy.TenantService;
import org.centrala.queues.Queue;
import org.centrala.queues.QueueDraft;
import org.centrala.queues.QueueMember;
import org.centrala.queues.QueueService;
import org.centrala.queues.QueueStrategy;
import org.centrala.testpbx.TrafficPlan;

/**
 * Creates what is missing of the {@link DemoCompany} through the ordinary services (so every
 * rule and the audit log apply) and finds what is there: running it again after a restart, or
 * after a crash half-way, creates nothing twice. Only a user's password is set once, when the
 * user is created, so a password changed since is kept (a crash between the two leaves that user
 * without one: set it over REST).
 */
final class DemoSeeder {
    private static final int PAGE = PageRequest.MAX_SIZE;

    private final ResellerService resellers;
    private final TenantService tenants;
    private final DepartmentService departments;
    private final UserService users;
    private final DeviceService devices;
    private final LicenceService licences;
    private final DevicePackService devicePacks;
    private final CredentialService credentials;
    private final QueueService queues;
    private final Clock clock;

    DemoSeeder(ResellerService resellers, TenantService tenants, DepartmentService departments, UserService users,
               DeviceService devices, LicenceService licences, DevicePackService devicePacks,
               CredentialService credentials, QueueService queues, Clock clock) {
        this.queues = queues;
        this.resellers = resellers;
        this.tenants = tenants;
        this.departments = departments;
        this.users = users;
        this.devices = devices;
        this.licences = licences;
        this.devicePacks = devicePacks;
        this.credentials = credentials;
        this.clock = clock;
    }

    /** What the demo flow needs once the company exists. */
    record Seeded(Tenant tenant, List<TrafficPlan.BackOfficeParty> backOffice, List<String> agentEndpoints, List<String> agentIds,
                  Queue queue, List<String> supervisorEndpoints) {
    }

    /** @param pbx where the demo tenant's PBX is; written on every run, since its secret may be new */
    Seeded ensure(PbxSettings pbx) {
        Reseller reseller = find(resellers::list, r -> r.name().equals(DemoCompany.RESELLER))
                .orElseGet(() -> resellers.create(new ResellerDraft(DemoCompany.RESELLER, DemoCompany.RESELLER_EMAIL)));
        // The reseller's administrator signs in with the reseller's contact address (the web UI's reseller view).
        if (credentials.resellerAdmins(reseller.id()).stream().noneMatch(a -> a.username().equals(DemoCompany.RESELLER_EMAIL))) {
            credentials.createResellerAdmin(reseller.id(), DemoCompany.RESELLER_EMAIL, DemoCompany.PASSWORD);
        }
        TenantDraft tenantDraft = new TenantDraft(reseller.id(), DemoCompany.TENANT, pbx, DemoCompany.SIGN_IN_DOMAIN);
        Tenant tenant = find(page -> tenants.list(reseller.id(), page), t -> t.name().equals(DemoCompany.TENANT))
                .map(existing -> tenants.update(existing.id(), tenantDraft))
                .orElseGet(() -> tenants.create(tenantDraft));
        String tenantId = tenant.id();
        YearMonth month = YearMonth.now(clock);
        if (devicePacks.get(tenantId).packs() < DemoCompany.DEVICE_PACKS) {
            devicePacks.set(tenantId, month, DemoCompany.DEVICE_PACKS);
        }
        if (licences.position(tenantId, Channel.VOICE).licences() < DemoCompany.VOICE_LICENCES) {
            licences.set(tenantId, Channel.VOICE, month, DemoCompany.VOICE_LICENCES);
        }
        String frontOffice = department(tenantId, DemoCompany.FRONT_OFFICE);
        String customerCare = department(tenantId, DemoCompany.CUSTOMER_CARE);

        List<TrafficPlan.BackOfficeParty> backOffice = new ArrayList<>();
        for (DemoCompany.BackOffice person : DemoCompany.BACK_OFFICE) {
            User user = user(tenantId, u -> u.type() == UserType.BACK_OFFICE && u.displayName().equals(person.name()),
                    () -> users.create(tenantId, new UserDraft(UserType.BACK_OFFICE, frontOffice, person.name(), null,
                            null, Set.of(), null, person.extension())));
            if (user.extension() == null) {
                // A demo company made before users had extensions (issue 11): its calls now go through FastAGI.
                UserDraft current = UserDraft.of(user);
                user = users.update(tenantId, user.id(), new UserDraft(current.type(), current.departmentId(),
                        current.displayName(), current.email(), current.username(), current.roles(),
                        current.accessProfileId(), person.extension()), null);
            }
            Device desk = device(tenantId, user, DeviceKind.SIP_DESK_PHONE, "Desk phone", null);
            device(tenantId, user, DeviceKind.MOBILE_PHONE, "Mobile", person.mobile());
            backOffice.add(new TrafficPlan.BackOfficeParty(person.extension(), desk.sipUsername(), person.mobile()));
        }
        List<String> agents = new ArrayList<>();
        List<String> agentIds = new ArrayList<>();
        List<String> supervisors = new ArrayList<>();
        for (DemoCompany.LogIn person : DemoCompany.LOG_INS) {
            String department = person.department().equals(DemoCompany.FRONT_OFFICE) ? frontOffice : customerCare;
            Set<AccessRole> roles = person.role() == null ? Set.of() : Set.of(AccessRole.valueOf(person.role()));
            // By user name, which is unique and which a rename in the directory leaves alone.
            User user = user(tenantId, u -> person.username().equals(u.username()), () -> {
                User created = users.create(tenantId, new UserDraft(UserType.CONTACT_CENTRE, department, person.name(),
                        null, person.username(), roles, null));
                credentials.setUserPassword(tenantId, created.id(), DemoCompany.PASSWORD);
                return created;
            });
            if (person.agent()) {
                if (!user.channels().contains(Channel.VOICE)) {
                    users.grantChannel(tenantId, user.id(), Channel.VOICE);
                }
                agents.add(device(tenantId, user, DeviceKind.SIP_SOFTPHONE, "Softphone", null).sipUsername());
                agentIds.add(user.id());
            } else if ("SUPERVISOR".equals(person.role())) {
                // The supervisor listens to its agents' calls (issue 11) from a phone of its own.
                supervisors.add(device(tenantId, user, DeviceKind.SIP_SOFTPHONE, "Softphone", null).sipUsername());
            }
        }
        // The agents' queue (issue 11): they log in to it and the demo's queue calls ring them there.
        Queue queue = find(page -> queues.list(tenantId, null, page), q -> q.name().equals(DemoCompany.QUEUE_NAME))
                .orElseGet(() -> queues.create(tenantId, new QueueDraft(customerCare, DemoCompany.QUEUE_NAME, QueueStrategy.RINGALL,
                        20, DemoCompany.WRAP_UP_SECONDS, agentIds.stream().map(id -> new QueueMember(id, 0)).toList(),
                        DemoCompany.QUEUE_EXTENSION)));
        return new Seeded(tenant, backOffice, agents, agentIds, queue, supervisors);
    }

    private String department(String tenantId, String name) {
        return find(page -> departments.list(tenantId, page), d -> d.name().equals(name))
                .orElseGet(() -> departments.create(tenantId, new DepartmentDraft(name, DemoCompany.COUNTRY)))
                .id();
    }

    private User user(String tenantId, Predicate<User> wanted, Supplier<User> create) {
        return find(page -> users.list(tenantId, null, false, page), wanted).orElseGet(create);
    }

    private Device device(String tenantId, User owner, DeviceKind kind, String label, String mobile) {
        return find(page -> devices.list(tenantId, owner.id(), page), d -> d.kind() == kind)
                .orElseGet(() -> devices.create(tenantId, new DeviceDraft(kind, label, owner.id(), mobile,
                        mobile == null ? null : DemoCompany.COUNTRY)).device());
    }

    /** Looks through every page; the demo's lists are short, a reseller's may not be. */
    private static <T> Optional<T> find(Function<PageRequest, Page<T>> list, Predicate<T> wanted) {
        for (int page = 0; ; page++) {
            Page<T> result = list.apply(new PageRequest(page, PAGE, null, null));
            Optional<T> found = result.items().stream().filter(wanted).findFirst();
            if (found.isPresent() || (long) (page + 1) * PAGE >= result.total()) {
                return found;
            }
        }
    }
}
