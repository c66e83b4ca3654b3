package org.centrala.testpbx.internal;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.function.Function;

import org.centrala.testpbx.Answering;

/**
 * AMI Originate of a phone into the dialplan, as Asterisk 20 plays it: the phone's channel (with
 * the ChannelId asked for) rings through a dial that has no calling channel; when it answers, the
 * OriginateResponse follows and the channel runs Context/Exten, whose one line hands it to FastAGI
 * (an {@link AgiCall}). A phone that does not answer within the Timeout ends in a failed response.
 */
final class DialplanOriginate implements Runnable {
    private final PbxClock clock;
    private final Simulator sim;
    private final double scale;
    private final InetSocketAddress fastAgi;
    private final String actionId;
    private final SimChannel phone;
    private final Duration timeout;
    private final Function<String, Answering> answering;
    private final String endpoint;

    DialplanOriginate(PbxClock clock, Simulator sim, double scale, InetSocketAddress fastAgi, String actionId,
                      SimChannel phone, String endpoint, Duration timeout, Function<String, Answering> answering) {
        this.clock = clock;
        this.sim = sim;
        this.scale = scale;
        this.fastAgi = fastAgi;
        this.actionId = actionId;
        this.phone = phone;
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.answering = answering;
    }

    /** The phone's channel, created on the clock thread so that its events come first. */
    static SimChannel ring(Simulator sim, String endpoint, String callerNum, String callerName, String context, String exten,
                           String channelId) {
        SimChannel phone = sim.sipChannel(endpoint, SimChannel.DOWN, callerNum, callerName, context, exten, null, channelId);
        sim.originateDialBegin(phone, endpoint);
        sim.state(phone, SimChannel.RINGING);
        sim.deviceState(phone.device, "RINGING");
        return phone;
    }

    @Override
    public void run() {
        Answering own = answering.apply(endpoint);
        boolean answers = own.kind() == Answering.Kind.ANSWER && own.after().compareTo(timeout) < 0;
        clock.await(answers ? own.after() : own.kind() == Answering.Kind.BUSY ? Duration.ofSeconds(1) : timeout, scale);
        if (!answers) {
            String status = own.kind() == Answering.Kind.BUSY ? "BUSY" : "NOANSWER";
            clock.call(() -> {
                sim.originateDialEnd(phone, status);
                sim.hangup(phone, status.equals("BUSY") ? 17 : 19, status.equals("BUSY") ? 486 : 0);
                // Reason 3: no answer (5 busy), as Asterisk's OriginateResponse gives it.
                sim.originateResponse(actionId, phone, "Failure", status.equals("BUSY") ? 5 : 3, phone.context, phone.exten);
                return null;
            });
            return;
        }
        clock.call(() -> {
            sim.originateDialEnd(phone, "ANSWER");
            sim.state(phone, SimChannel.UP);
            sim.deviceState(phone.device, "INUSE");
            sim.originateResponse(actionId, phone, "Success", 4, phone.context, phone.exten);
            sim.newExten(phone, "AGI", "agi://" + fastAgi.getHostString() + ":" + fastAgi.getPort() + "/route");
            return null;
        });
        new AgiCall(clock, sim, scale, fastAgi, phone, phone.exten, answering).run();
    }

}
