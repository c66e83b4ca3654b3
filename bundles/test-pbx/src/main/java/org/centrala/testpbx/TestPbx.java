package org.centrala.testpbx;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A running test PBX. Every scenario returns at once; its events follow on the PBX's own clock,
 * with every delay multiplied by the time scale (0.001 turns a 10 s ring into 10 ms).
 * Channel names follow Asterisk 20 with PJSIP: a SIP device is the endpoint named by its SIP
 * user name, external parties arrive and leave through the endpoint {@code trunk}.
 */
@ProviderType
public interface TestPbx {

    /** The TCP port the AMI server listens on. */
    int port();

    double timeScale();

    /** Changes the time scale for scenarios started from now on. */
    void setTimeScale(double scale);

    /** A SIP device registers (PeerStatus, DeviceStateChange, ContactStatus). */
    void register(String endpoint);

    /** One device calls another, answered, talk, the caller hangs up (the pjsip-call capture). */
    CallRun internalCall(String fromEndpoint, String toEndpoint, Duration talk);

    /**
     * An external caller dials a back-office user: each ring-plan step rings its targets for its
     * time; the call is answered at {@code answerStep} (0-based; -1: nobody answers) and talks.
     */
    CallRun inboundCall(String callerNumber, String context, String dialledNumber, List<RingTarget> ringPlan,
                        int answerStep, Duration talk);

    /**
     * An external caller waits in a queue whose members are Local channels that dial the agents'
     * devices (ringall). {@code answeringAgent} null: nobody answers and the caller gives up after
     * {@code wait} (an abandoned call).
     */
    CallRun queueCall(String callerNumber, String context, String queue, List<String> agentEndpoints,
                      String answeringAgent, Duration wait, Duration talk);

    /** A queue as queues.conf defines it: QueueAdd, QueuePause and QueueRemove act on it. */
    void queue(String name);

    /**
     * Pauses or resumes a member in all its queues from the PBX's side, as a phone's feature code
     * or the console does (QueuePause's events, without an AMI action of Centrala's).
     */
    void pauseMember(String memberInterface, boolean paused, String reason);

    /** Every ChanSpy the PBX was asked to originate, oldest first. */
    List<SpyView> spies();

    /**
     * Removes a member from a queue as the console would while no AMI session listens: its
     * QueueMemberRemoved reaches nobody, so only the next QueueStatus shows it gone.
     */
    void removeMemberUnheard(String queue, String memberInterface);

    /** The members QueueAdd put in the queue, as the PBX keeps them (paused, reason). */
    List<QueueMemberView> queueMembers(String queue);

    /**
     * An external caller waits in a queue that rings its QueueAdd members' PJSIP phones (ringall,
     * paused members skipped), with AgentCalled, AgentConnect, AgentComplete and each member's
     * QueueMemberStatus. {@code answeringEndpoint} answers if it rang; otherwise (or null) the caller
     * gives up after {@code wait}.
     */
    CallRun memberQueueCall(String callerNumber, String context, String queue, String answeringEndpoint, Duration wait,
                            Duration talk);

    /**
     * Where the dialplan's {@code AGI(agi://host:port/route)} connects: Centrala's FastAGI server.
     * Calls that come in with {@link #dialIn} go there.
     */
    void fastAgi(String host, int port);

    /**
     * How a phone behaves when a FastAGI-routed call dials it: a SIP endpoint by name, or an
     * external number (dialled through a trunk). Phones not named here ring and never answer.
     */
    void answering(String endpointOrNumber, Answering how);

    /**
     * A call comes in through the endpoint {@code trunk} (or an internal caller's endpoint) into
     * {@code context}, whose dialplan hands it to FastAGI as a stock Asterisk 20 does: the
     * {@code agi_*} variables go to the configured FastAGI server, and its commands (Dial, Answer,
     * Playback, Busy, Hangup, GET/SET VARIABLE) are played with their AMI events.
     */
    CallRun dialIn(String fromEndpoint, String callerNumber, String context, String dialled);

    /** Click-to-call: the PBX originates to the user's device, then dials the destination. */
    CallRun originate(String userEndpoint, String destination, String context, Duration talk);

    /**
     * The AMI port closes and refuses connections for {@code period} while the PBX goes on: calls
     * begun and ended meanwhile are seen by no AMI client, only by the CDR.
     */
    void refuseAmi(Duration period);

    /**
     * Where the PBX writes its CDR as Asterisk's cdr_csv does with {@code usegmtime}, {@code loguniqueid},
     * {@code loguserfield} and {@code newcdrcolumns} (Master.csv, 21 columns); null: nowhere.
     */
    void cdrFile(java.nio.file.Path file);

    /**
     * The PBX's monitor spool folder (astspooldir/monitor): MixMonitor's relative files lie under
     * it and are written there as real WAV files when the recorded channel hangs up (issue 12).
     * Null: files are named under /var/spool/asterisk/monitor and not written.
     */
    void monitorFolder(java.nio.file.Path folder);

    /**
     * features.conf's {@code atxfer} code (default {@code *2}, as docs/asterisk.md sets it); empty: none,
     * and Atxfer answers "No attended transfer feature code found" as a stock Asterisk does.
     */
    void atxferCode(String code);

    /** Closes every AMI connection; calls go on and their events are lost to whoever was connected. */
    void dropConnections();

    /**
     * Restarts like a crashed Asterisk: connections close, every channel vanishes without events,
     * the port refuses connections for {@code downtime}, then accepts them again.
     */
    void restart(Duration downtime);

    /**
     * Writes a file of the PBX's configuration directory as an operator would ({@code [name]},
     * {@code [name](!)}, {@code [name](template)}, {@code key = value}, {@code #tryinclude "glob"}).
     * The PBX starts with pjsip.conf, extensions.conf and queues.conf that include Centrala's files
     * ({@code #tryinclude "centrala-*-pjsip.conf"} and so on), as docs/asterisk.md asks.
     */
    void configFile(String name, String text);

    /** A file of the configuration directory as the PBX would save it; empty if there is none. */
    java.util.Optional<String> configFile(String name);

    /** A PJSIP object ({@code endpoint}, {@code auth}, {@code aor}) as res_pjsip loaded it at its last reload. */
    java.util.Optional<java.util.Map<String, String>> pjsipObject(String type, String name);

    /** The {@code exten} lines of a context as pbx_config loaded them at its last reload. */
    List<String> dialplan(String context);

    /** Every configuration change, oldest first: "CreateConfig f", "UpdateConfig f", "Reload module". */
    List<String> configChanges();

    /** Channels in progress now. */
    int activeChannels();

    /** Starts a steady flow of the scenarios over the given parties; replaces a running one. */
    void startTraffic(TrafficPlan plan);

    void stopTraffic();

    /** A call in progress: its Asterisk linked id and when its script has finished. */
    interface CallRun {
        String linkedId();

        /** Completes when the last channel hung up; fails if the PBX restarted under the call. */
        CompletableFuture<Void> finished();

        /** Completes when the call is answered; fails if it ended, or the PBX restarted, unanswered. */
        CompletableFuture<Void> answered();
    }
}
