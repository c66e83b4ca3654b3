package org.centrala.pbx;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Actions on a tenant's PBX (issue 11), sent over the tenant's AMI link. Callers validate what
 * they pass: no value a client sent reaches the PBX unchecked (an application or a channel string
 * from a client is how Asterisk's CVE-2024-42365 was reached).
 */
@ProviderType
public interface PbxActions {

    /**
     * Originates a call in the tenant's dialplan context: the PBX rings {@code request.endpoint()}
     * and, once it answers, runs {@code request.exten()} of that context (which hands it to the
     * routing). Returns when the PBX accepted it ("Originate successfully queued").
     *
     * @throws org.centrala.common.ConflictException when the tenant's PBX is not connected, or refused
     *         the call, with the reason
     * @throws org.centrala.common.UnavailableException when the PBX did not answer the action in time
     */
    void originate(String tenantId, Originate request);

    /**
     * The state of a device as the tenant's link last saw it (Asterisk's device states: NOT_INUSE,
     * INUSE, RINGING, UNAVAILABLE, ...); empty when the link has not seen the device.
     */
    Optional<String> deviceState(String tenantId, String device);

    /**
     * Whether a SIP phone ({@code PJSIP/<sipUsername>}) is registered: its state as the link last saw
     * it is neither unknown nor unavailable nor invalid.
     *
     * @throws org.centrala.common.ConflictException when the tenant's PBX is not linked, saying why
     */
    default boolean isRegistered(String tenantId, String sipUsername) {
        Optional<String> state = deviceState(tenantId, "PJSIP/" + sipUsername);
        return state.isPresent() && !java.util.Set.of("UNAVAILABLE", "INVALID", "UNKNOWN").contains(state.get());
    }

    /**
     * A SIP phone must be registered to ring ({@link #isRegistered}).
     *
     * @throws org.centrala.common.ConflictException otherwise, naming the state
     */
    default void requireRegistered(String tenantId, String sipUsername) {
        if (!isRegistered(tenantId, sipUsername)) {
            throw new org.centrala.common.ConflictException("the phone " + sipUsername + " is not registered on the PBX ("
                    + deviceState(tenantId, "PJSIP/" + sipUsername).orElse("never seen") + "); it must be registered to ring");
        }
    }

    /**
     * Hangs up every call of a SIP phone ({@code PJSIP/<sipUsername>-...} channels, AMI Hangup with a
     * regular expression built from the name alone). The other party is hung up by Asterisk as it
     * would be if the phone hung up.
     *
     * @return how many of the phone's channels were hung up; 0 when it had none
     * @throws org.centrala.common.ConflictException when the PBX is not connected or refused (no write = call)
     */
    int hangUp(String tenantId, String sipUsername);

    /**
     * Blind transfer of a SIP phone's current call (AMI BlindTransfer): the party bridged with the
     * phone goes to {@code exten} of the tenant's context, where the routing decides as for any call
     * dialled there; the phone's channel hangs up. {@code exten} is validated by the caller.
     *
     * @throws org.centrala.common.ConflictException when the phone is in no two-party call, the PBX is not
     *         connected, or it refused (no write = call)
     */
    void blindTransfer(String tenantId, String sipUsername, String exten);

    /**
     * Attended transfer of a SIP phone's current call (AMI Atxfer, Asterisk's {@code atxfer}
     * feature): the party bridged with the phone waits with music while the phone is connected to
     * {@code exten} of the tenant's context, where the routing decides as for any call dialled
     * there. The phone hanging up completes the transfer; {@link #cancelAttendedTransfer} returns
     * to the waiting party. {@code exten} is validated by the caller.
     *
     * @throws org.centrala.common.ConflictException when the phone is in no two-party call, the PBX is not
     *         connected, or it refused (no write = call, or no {@code atxfer} code in features.conf)
     */
    void attendedTransfer(String tenantId, String sipUsername, String exten);

    /**
     * Ends the consultation of an attended transfer (AMI CancelAtxfer): the phone is back with the
     * party that waited.
     *
     * @throws org.centrala.common.ConflictException when the phone has no transfer under way, the PBX is not
     *         connected, or it refused
     */
    void cancelAttendedTransfer(String tenantId, String sipUsername);

    /**
     * Starts recording a SIP phone's current call (AMI MixMonitor on the phone's channel in a
     * bridge, which Asterisk guards with the {@code system} write class): the PBX writes the file
     * that {@code fileOfChannel} names for the channel's unique id, a name of letters, digits, '-',
     * '_', '.' and '/' under its monitor spool folder, and reports it as any recording
     * (MixMonitorStart, with the call's other recordings when it ends). The name is built by the
     * caller, never taken from a client.
     *
     * @return the file, as given to MixMonitor
     * @throws org.centrala.common.ConflictException when the phone is in no two-party call, the call is
     *         recorded already, the PBX is not connected, or it refused (no write = system)
     */
    String startRecording(String tenantId, String sipUsername, java.util.function.UnaryOperator<String> fileOfChannel);

    /**
     * Pauses ({@code muted}) or resumes the recording of a SIP phone's current call (AMI
     * MixMonitorMute, both directions, on each channel of the phone's bridge that records: the one
     * whose {@code MIXMONITOR_FILENAME} is set), e.g. while a card number is read out. The PBX reports
     * it (MixMonitorMute), so the recording's pauses are known when the call ends.
     *
     * @return the files whose recording was paused or resumed
     * @throws org.centrala.common.ConflictException when the phone is in no two-party call, no channel of it
     *         is being recorded, the PBX is not connected, or it refused
     */
    java.util.List<String> muteRecording(String tenantId, String sipUsername, boolean muted);

    /**
     * Adds a dynamic member to a queue of the tenant's PBX (QueueAdd). Idempotent: a member already
     * there is not an error (Asterisk's "Already there").
     *
     * @throws org.centrala.common.ConflictException when the PBX is not connected or has no such queue
     * @throws org.centrala.common.UnavailableException when the PBX did not answer in time
     */
    void queueAdd(String tenantId, QueueMembership membership);

    /**
     * Pauses ({@code paused}, with a reason Asterisk keeps and reports) or resumes a member in one
     * queue (QueuePause). A member not in that queue on the PBX is not an error: there is nothing
     * there to pause (Asterisk's "Interface not found").
     *
     * @throws org.centrala.common.ConflictException when the PBX is not connected
     */
    void queuePause(String tenantId, String queue, String memberInterface, boolean paused, String reason);

    /**
     * Sets a member's penalty (its skill) in a queue (QueuePenalty): a member added before keeps
     * the penalty it was added with until this is sent.
     *
     * @throws org.centrala.common.ConflictException when the PBX is not connected or the member is not in the queue
     */
    void queuePenalty(String tenantId, String queue, String memberInterface, int penalty);

    /**
     * Removes a dynamic member from a queue (QueueRemove). Idempotent: a member not there, or a queue
     * the PBX no longer has, is not an error (Asterisk's "Not there", "No such queue").
     *
     * @throws org.centrala.common.ConflictException when the PBX is not connected
     */
    void queueRemove(String tenantId, String queue, String memberInterface);

    /**
     * A dynamic queue member: the interface the queue rings ({@code PJSIP/<sipUsername>}), the one
     * whose device state tells whether it is busy, the name Asterisk shows, the penalty (a skill
     * level: lower is rung first).
     */
    record QueueMembership(String queue, String memberInterface, String stateInterface, String memberName, int penalty,
                           boolean paused, String reason) {
    }

    /**
     * Rings {@code request.endpoint()} (a supervisor's phone) and, once it answers, connects it to the
     * call of the phone {@code request.target()} (an agent's {@code PJSIP/<sipUsername>}) with
     * Asterisk's ChanSpy in the given mode. Returns when the PBX accepted it.
     *
     * @throws org.centrala.common.ConflictException when the PBX is not connected or refused it
     */
    void spy(String tenantId, Spy request);

    /** How ChanSpy joins: hear both sides unheard, also speak to the agent only, or speak to both. */
    enum SpyMode {
        LISTEN, WHISPER, BARGE
    }

    /** A supervisor's phone into an agent's call; {@code callId} becomes the supervisor's channel's id. */
    record Spy(String endpoint, String target, SpyMode mode, String callerIdName, String callId) {
    }

    /**
     * A call to originate. {@code endpoint} is a SIP device's channel ({@code PJSIP/<sipUsername>});
     * {@code exten} an extension or an E.164 number; {@code callId} becomes the call's Asterisk id
     * (its linked id, the call record's {@code pbxCallId}).
     */
    record Originate(String endpoint, String exten, String callerIdName, String callerIdNumber, String callId,
                     int ringSeconds) {
    }
}
