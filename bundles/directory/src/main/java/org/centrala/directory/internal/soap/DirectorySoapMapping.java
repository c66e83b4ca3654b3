package org.centrala.directory.internal.soap;

import org.centrala.web.soap.SoapValues;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.centrala.common.Page;
import org.centrala.common.ValidationException;
import org.centrala.directory.AccessProfile;
import org.centrala.directory.AccessProfileDraft;
import org.centrala.common.AccessRole;
import org.centrala.common.DataScope;
import org.centrala.directory.Line;
import org.centrala.directory.RingPlan;
import org.centrala.directory.RingStep;
import org.centrala.directory.Device;
import org.centrala.directory.DeviceDraft;
import org.centrala.directory.DeviceKind;
import org.centrala.directory.NewDevice;
import org.centrala.directory.User;
import org.centrala.directory.UserDraft;
import org.centrala.directory.UserType;

/** Between the directory's records and the JAXB types of the SOAP contract. */
final class DirectorySoapMapping {
    private DirectorySoapMapping() {
    }

    static UserDraft draft(SoapUserInput input) {
        if (input == null) {
            return null;
        }
        Set<AccessRole> roles = EnumSet.noneOf(AccessRole.class);
        for (String role : input.roles) {
            roles.add(constant(AccessRole.class, "roles", role));
        }
        return new UserDraft(input.type == null ? null : constant(UserType.class, "type", input.type), input.departmentId,
                input.displayName, input.email, input.username, roles, input.accessProfileId, input.extension);
    }

    static DeviceDraft draft(SoapDeviceInput input) {
        return input == null ? null : new DeviceDraft(input.kind == null ? null : constant(DeviceKind.class, "kind", input.kind),
                input.label, input.ownerUserId, input.mobileNumber, input.region);
    }

    static SoapUser soap(User user) {
        SoapUser soap = new SoapUser();
        soap.id = user.id();
        soap.tenantId = user.tenantId();
        soap.departmentId = user.departmentId();
        soap.type = user.type().name();
        soap.displayName = user.displayName();
        soap.email = user.email();
        soap.username = user.username();
        soap.extension = user.extension();
        user.roles().forEach(role -> soap.roles.add(role.name()));
        soap.accessProfileId = user.accessProfileId();
        soap.channels.addAll(user.channels());
        soap.leftAt = SoapValues.date(user.leftAt());
        soap.erasedAt = SoapValues.date(user.erasedAt());
        soap.createdAt = SoapValues.date(user.createdAt());
        soap.updatedAt = SoapValues.date(user.updatedAt());
        return soap;
    }

    static SoapUserPage users(Page<User> page) {
        SoapUserPage soap = new SoapUserPage();
        page.items().forEach(user -> soap.items.add(soap(user)));
        soap.page = page.page();
        soap.size = page.size();
        soap.total = page.total();
        return soap;
    }

    static SoapDevice soap(Device device) {
        SoapDevice soap = new SoapDevice();
        soap.id = device.id();
        soap.tenantId = device.tenantId();
        soap.kind = device.kind().name();
        soap.label = device.label();
        soap.ownerUserId = device.ownerUserId();
        soap.sipUsername = device.sipUsername();
        soap.mobileNumber = device.mobileNumber();
        soap.createdAt = SoapValues.date(device.createdAt());
        soap.updatedAt = SoapValues.date(device.updatedAt());
        return soap;
    }

    static SoapNewDevice soap(NewDevice created) {
        SoapNewDevice soap = new SoapNewDevice();
        soap.device = soap(created.device());
        soap.sipSecret = created.sipSecret();
        return soap;
    }

    static SoapDevicePage devices(Page<Device> page) {
        SoapDevicePage soap = new SoapDevicePage();
        page.items().forEach(device -> soap.items.add(soap(device)));
        soap.page = page.page();
        soap.size = page.size();
        soap.total = page.total();
        return soap;
    }

    static AccessProfileDraft draft(SoapAccessProfileInput input) {
        return input == null ? null : new AccessProfileDraft(input.name, new java.util.HashSet<>(input.functions),
                input.scope == null ? null : constant(DataScope.class, "scope", input.scope), new java.util.HashSet<>(input.departmentIds));
    }

    static SoapAccessProfile soap(AccessProfile profile) {
        SoapAccessProfile soap = new SoapAccessProfile();
        soap.id = profile.id();
        soap.name = profile.name();
        soap.functions.addAll(new java.util.TreeSet<>(profile.functions()));
        soap.scope = profile.scope().name();
        soap.departmentIds.addAll(new java.util.TreeSet<>(profile.departmentIds()));
        soap.createdAt = SoapValues.date(profile.createdAt());
        soap.updatedAt = SoapValues.date(profile.updatedAt());
        return soap;
    }

    static SoapAccessProfilePage profiles(Page<AccessProfile> page) {
        SoapAccessProfilePage soap = new SoapAccessProfilePage();
        page.items().forEach(profile -> soap.items.add(soap(profile)));
        soap.page = page.page();
        soap.size = page.size();
        soap.total = page.total();
        return soap;
    }

    static List<RingStep> steps(List<SoapRingStep> steps) {
        List<RingStep> result = new java.util.ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            SoapRingStep step = steps.get(i);
            result.add(step == null ? null : new RingStep(step.deviceIds, SoapValues.intValue("steps[" + i + "].ringSeconds", step.ringSeconds)));
        }
        return result;
    }

    static SoapRingPlan soap(RingPlan plan) {
        SoapRingPlan soap = new SoapRingPlan();
        soap.userId = plan.userId();
        plan.steps().forEach(step -> {
            SoapRingStep soapStep = new SoapRingStep();
            soapStep.deviceIds.addAll(step.deviceIds());
            soapStep.ringSeconds = step.ringSeconds() == null ? null : step.ringSeconds().longValue();
            soap.steps.add(soapStep);
        });
        soap.stored = plan.stored();
        soap.updatedAt = plan.updatedAt() == null ? null : java.util.Date.from(plan.updatedAt());
        return soap;
    }

    static SoapLine soap(Line line) {
        SoapLine soap = new SoapLine();
        soap.id = line.id();
        soap.name = line.name();
        soap.deviceId = line.deviceId();
        soap.heldBy = line.heldBy();
        soap.heldSince = SoapValues.date(line.heldSince());
        soap.createdAt = SoapValues.date(line.createdAt());
        soap.updatedAt = SoapValues.date(line.updatedAt());
        return soap;
    }

    static SoapLinePage lines(Page<Line> page) {
        SoapLinePage soap = new SoapLinePage();
        page.items().forEach(line -> soap.items.add(soap(line)));
        soap.page = page.page();
        soap.size = page.size();
        soap.total = page.total();
        return soap;
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new ValidationException(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
        }
    }
}
