package org.centrala.routing.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.centrala.directory.CallDestination;
import org.centrala.directory.CallParty;
import org.centrala.directory.CallDestinations;
import org.centrala.directory.CallPartyResolver;
import org.centrala.directory.OutsideNumber;
import org.centrala.routing.internal.Route.DialStep;
import org.centrala.routing.internal.Route.Rejection;
import org.centrala.tenancy.PbxAccount;
import org.centrala.tenancy.PbxAccounts;

/** Decides from the tenancy and the directory where a call goes (issue 11; R1, R5, R11). */
final class RoutePlanner {
    /** How long an outside number rings before the call gives up. */
    static final int OUTSIDE_RING_SECONDS = 60;

    private final PbxAccounts accounts;
    private final CallDestinations destinations;
    private final CallPartyResolver devices;
    private final QueueTargets queues;

    RoutePlanner(PbxAccounts accounts, CallDestinations destinations, CallPartyResolver devices, QueueTargets queues) {
        this.accounts = accounts;
        this.destinations = destinations;
        this.devices = devices;
        this.queues = queues;
    }

    /** The tenant's queues by extension; empty when there is none (or the queues concern is not installed). */
    @FunctionalInterface
    interface QueueTargets {
        Optional<Route.QueueTarget> byExtension(String tenantId, String extension);
    }

    Route plan(CallIn call) {
        List<PbxAccount> candidates = accounts.byContext(call.context());
        if (candidates.isEmpty()) {
            return Route.rejected(null, Rejection.UNKNOWN_CONTEXT, "no active tenant's calls run in context '"
                    + call.context() + "'");
        }
        Optional<PbxAccount> tenant = candidates.size() == 1 ? Optional.of(candidates.get(0)) : byOrigin(candidates, call.pbx());
        if (tenant.isEmpty()) {
            return Route.rejected(null, Rejection.AMBIGUOUS_CONTEXT, candidates.size() + " tenants use context '"
                    + call.context() + "' and none's PBX host is " + call.pbx().getHostAddress());
        }
        PbxAccount account = tenant.get();
        Optional<CallDestination> destination = destinations.byExtension(account.tenantId(), call.dialled());
        if (destination.isPresent()) {
            Route route = toUser(account, destination.get());
            Optional<CallParty> caller = ownDevice(account, call);
            return caller.isPresent() ? route.placedByOwnDevice(caller.get().userId()) : route;
        }
        Optional<Route.QueueTarget> queue = queues.byExtension(account.tenantId(), call.dialled());
        if (queue.isPresent()) {
            return Route.toQueue(account.tenantId(), queue.get());
        }
        return outside(account, call);
    }

    /**
     * A number no user or queue has: an outside number, if one of the tenant's own devices dialled
     * it, it is a valid phone number and the tenant's dialling rules allow it; a caller from the
     * trunk never reaches outside (toll fraud).
     */
    private Route outside(PbxAccount account, CallIn call) {
        String endpoint = sipEndpoint(call.channel());
        Optional<CallParty> caller = ownDevice(account, call);
        if (caller.isEmpty()) {
            return Route.rejected(account.tenantId(), Rejection.UNKNOWN_NUMBER, "no user has extension " + call.dialled());
        }
        OutsideNumber number = destinations.outsideNumber(account.tenantId(), endpoint, call.dialled(), OutsideNumber.Source.PHONE);
        if (number.verdict() == OutsideNumber.Verdict.NOT_A_NUMBER) {
            return Route.rejected(account.tenantId(), Rejection.UNKNOWN_NUMBER, "no user or queue has extension "
                    + call.dialled() + " and " + number.reason());
        }
        if (number.verdict() == OutsideNumber.Verdict.BARRED) {
            return Route.rejected(account.tenantId(), Rejection.NUMBER_BARRED, number.e164() + ": " + number.reason());
        }
        if (account.trunk() == null) {
            return Route.rejected(account.tenantId(), Rejection.NO_TRUNK, number.e164()
                    + " is outside and the tenant's PBX record has no trunk");
        }
        return new Route(account.tenantId(), null, null, null, null, "outside number " + number.e164() + " through trunk "
                + account.trunk(), List.of(new DialStep("PJSIP/" + number.e164() + "@" + account.trunk(), OUTSIDE_RING_SECONDS,
                List.of()))).placedByOwnDevice(caller.get().userId());
    }

    /** The tenant's own SIP phone the call comes from, if it does (not the trunk, not a Local channel). */
    private Optional<CallParty> ownDevice(PbxAccount account, CallIn call) {
        String endpoint = sipEndpoint(call.channel());
        return endpoint == null ? Optional.empty()
                : devices.bySipUsername(endpoint).filter(party -> party.tenantId().equals(account.tenantId()));
    }

    /** PJSIP/sip-abc-0000002a is endpoint sip-abc; any other technology, or a Local channel, is none. */
    static String sipEndpoint(String channel) {
        if (channel == null || !channel.startsWith("PJSIP/")) {
            return null;
        }
        String rest = channel.substring("PJSIP/".length());
        int dash = rest.lastIndexOf('-');
        return dash <= 0 ? rest : rest.substring(0, dash);
    }

    private static Route toUser(PbxAccount account, CallDestination user) {
        List<DialStep> steps = new ArrayList<>();
        boolean mobileWithoutTrunk = false;
        for (CallDestination.Step step : user.steps()) {
            List<String> dials = new ArrayList<>();
            List<String> deviceIds = new ArrayList<>();
            for (CallDestination.Target target : step.targets()) {
                if (target.kind().isSip()) {
                    dials.add("PJSIP/" + target.sipUsername());
                } else if (account.trunk() != null) {
                    dials.add("PJSIP/" + target.mobileNumber() + "@" + account.trunk());
                } else {
                    mobileWithoutTrunk = true;
                    continue;
                }
                deviceIds.add(target.deviceId());
            }
            if (!dials.isEmpty()) {
                steps.add(new DialStep(String.join("&", dials), step.ringSeconds(), deviceIds));
            }
        }
        String trunkNote = mobileWithoutTrunk ? "; its mobile is left out: the tenant's PBX record has no trunk" : "";
        if (steps.isEmpty()) {
            return new Route(account.tenantId(), user.userId(), user.userType(), user.departmentId(), Rejection.NO_DEVICE,
                    user.displayName() + " has no device to ring" + trunkNote, List.of());
        }
        String how = user.steps().isEmpty() ? "" : steps.size() == 1 ? "one step" : steps.size() + " steps";
        return new Route(account.tenantId(), user.userId(), user.userType(), user.departmentId(), null,
                user.displayName() + "'s " + (user.userType() == org.centrala.directory.UserType.BACK_OFFICE
                        ? "ring plan (R5), " : "devices (R11), ") + how + trunkNote, steps);
    }

    /** Tenants sharing a context name on different Asterisks: the one whose PBX host is where the call came from. */
    private static Optional<PbxAccount> byOrigin(List<PbxAccount> candidates, InetAddress origin) {
        List<PbxAccount> matching = candidates.stream().filter(account -> resolvesTo(account.host(), origin)).toList();
        return matching.size() == 1 ? Optional.of(matching.get(0)) : Optional.empty();
    }

    private static boolean resolvesTo(String host, InetAddress origin) {
        try {
            return origin != null && Arrays.asList(InetAddress.getAllByName(host)).contains(origin);
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
