package org.centrala.pbx.internal.records;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.centrala.directory.CallParty;
import org.centrala.directory.CallPartyResolver;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallDirection;
import org.centrala.pbx.CallDisposition;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.internal.model.CallSummary;
import org.centrala.pbx.internal.model.ChannelName;

/**
 * Turns what the PBX showed of a call into the tenant's record: which tenant, which direction,
 * which user and device (R5 ring plans, R11 lines: through the directory's device lookup).
 *
 * <p>A SIP leg whose endpoint is a tenant's device is that device; any other SIP leg is the trunk
 * and its dialled number may be a tenant's mobile. Only the link's own tenants' devices and
 * mobiles count. The tenant is that of the parties, else the one whose context the call arrived
 * in; a call that fits no tenant is not recorded (and counted). There is deliberately no "the
 * link's only tenant" guess: Asterisk sends every AMI session every event, so a call of a tenant
 * on another AMI user, or of a refused one, would be written to the wrong tenant (R1).
 */
public final class CallAttribution {
    private final CallPartyResolver resolver;

    public CallAttribution(CallPartyResolver resolver) {
        this.resolver = resolver;
    }

    /** @param contexts the link's tenants by their dialplan context */
    public Optional<Attributed> attribute(CallSummary call, Map<String, String> contexts) {
        List<String> tenants = List.copyOf(contexts.values());
        Optional<CallParty> origin = device(call.origin(), tenants);
        List<Party> rung = new ArrayList<>();
        for (CallSummary.Leg leg : call.dialled()) {
            party(leg, tenants).ifPresent(rung::add);
        }
        Optional<Party> answered = call.answeredBy() == null ? Optional.empty() : party(call.answeredBy(), tenants);

        String tenantId = origin.map(CallParty::tenantId)
                .or(() -> answered.map(p -> p.party().tenantId()))
                .or(() -> rung.stream().map(p -> p.party().tenantId()).findFirst())
                .or(() -> Optional.ofNullable(call.origin() == null ? null : contexts.get(call.origin().context())))
                .orElse(null);
        if (tenantId == null) {
            return Optional.empty();
        }
        CallDirection direction;
        CallParty subject;
        if (origin.isPresent()) {
            boolean reachedDevice = answered.map(p -> !p.mobile()).orElse(
                    rung.stream().anyMatch(p -> !p.mobile()));
            direction = reachedDevice ? CallDirection.INTERNAL : CallDirection.OUTBOUND;
            subject = origin.get();
        } else {
            direction = CallDirection.INBOUND;
            // A queue call nobody took belongs to the queue, not to an agent who was rung.
            subject = answered.map(Party::party)
                    .or(() -> call.queue() != null ? Optional.empty()
                            : rung.stream().map(Party::party).filter(p -> p.userId() != null).findFirst()
                            .or(() -> rung.stream().map(Party::party).findFirst()))
                    .orElse(null);
        }
        if (subject != null && !subject.tenantId().equals(tenantId)) {
            subject = null;
        }
        // The PBX answered the caller itself (issue 11): answered from then on, as the CDR says, unless a
        // person answered first; a queue call still counts from the agent's answer, or is abandoned.
        boolean pbxFirst = call.pbxAnsweredAt() != null
                && (call.answeredAt() == null || call.pbxAnsweredAt().isBefore(call.answeredAt()));
        Instant answeredAt = call.answeredAt() != null ? call.answeredAt()
                : call.queue() == null ? call.pbxAnsweredAt() : null;
        CallDisposition disposition = answeredAt != null ? CallDisposition.ANSWERED
                : call.queue() != null ? CallDisposition.ABANDONED
                : call.busy() ? CallDisposition.BUSY
                : call.originUnanswered() ? CallDisposition.NO_ANSWER
                : call.dialled().isEmpty() ? CallDisposition.FAILED
                : CallDisposition.NO_ANSWER;
        String from = from(call, origin.isPresent());
        String to = to(call, direction, answered, rung);
        CallRecord record = new CallRecord(UUID.randomUUID().toString(), tenantId, call.pbxCallId(), direction,
                from, to,
                subject == null ? null : subject.userId(), subject == null ? null : subject.deviceId(),
                subject == null ? null : subject.departmentId(), call.queue(), call.startedAt(), answeredAt,
                call.endedAt(), CallDurations.seconds(call.startedAt(), call.endedAt()),
                CallDurations.seconds(answeredAt, call.endedAt()), disposition, call.recorded(),
                call.recordings().isEmpty() ? null : call.recordings().get(0).id(tenantId, call.linkId()),
                call.endInferred(), pbxFirst ? call.pbxApplication() : null, call.recovered());
        return Optional.of(new Attributed(record, subject == null ? null : subject.userType()));
    }

    /**
     * The caller's number as Asterisk's CDR shows it ({@code src}): the caller id the channel
     * carried (a device's extension, an external caller, an Originate's CallerID); a device's
     * endpoint name only when it carried none. The device itself is the record's deviceId.
     */
    private static String from(CallSummary call, boolean fromDevice) {
        if (call.origin() == null) {
            return null;
        }
        String number = call.origin().callerNumber();
        boolean known = number != null && !number.isBlank() && !"<unknown>".equals(number);
        return known ? number : fromDevice ? call.origin().channel().resource() : null;
    }

    private static String to(CallSummary call, CallDirection direction, Optional<Party> answered, List<Party> rung) {
        if (direction == CallDirection.INBOUND) {
            return call.origin() == null ? null : call.origin().exten();
        }
        if (direction == CallDirection.INTERNAL) {
            // What the caller dialled, as the CDR's dst (an extension); the device is the record's deviceId.
            String dialled = call.origin() == null ? null : call.origin().exten();
            if (dialled != null && !dialled.isBlank() && !"s".equals(dialled)) {
                return dialled;
            }
            return answered.or(() -> rung.stream().filter(p -> !p.mobile()).findFirst())
                    .map(p -> p.leg().channel().resource()).orElse(null);
        }
        CallSummary.Leg external = call.answeredBy() != null ? call.answeredBy()
                : call.dialled().isEmpty() ? null : call.dialled().get(0);
        String number = external == null ? null : ChannelName.dialledNumber(external.dialString());
        return number != null ? number : call.origin() == null ? null : call.origin().exten();
    }

    /**
     * The tenant's device on that SIP leg. Only the link's own tenants count: SIP user names are
     * unique in the directory, but an endpoint of the same name on another tenant's Asterisk is
     * not that device (R1).
     */
    private Optional<CallParty> device(CallSummary.Leg leg, List<String> tenants) {
        if (leg == null || !leg.channel().isSip()) {
            return Optional.empty();
        }
        return resolver.bySipUsername(leg.channel().resource()).filter(p -> tenants.contains(p.tenantId()));
    }

    private Optional<Party> party(CallSummary.Leg leg, List<String> tenants) {
        if (!leg.channel().isSip()) {
            return Optional.empty();
        }
        Optional<CallParty> device = device(leg, tenants);
        if (device.isPresent()) {
            return Optional.of(new Party(leg, device.get(), false));
        }
        String number = ChannelName.dialledNumber(leg.dialString());
        return resolver.byMobileNumber(tenants, number).map(p -> new Party(leg, p, true));
    }

    private record Party(CallSummary.Leg leg, CallParty party, boolean mobile) {
    }

    /** A record and its user's type (R6/R18 scoping needs it; the record does not show it). */
    public record Attributed(CallRecord record, UserType userType) {
    }
}
