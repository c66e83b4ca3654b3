package org.centrala.testpbx.internal;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.centrala.testpbx.Answering;
import org.centrala.testpbx.TrafficPlan;

/**
 * A steady, plausible mix for the demo: half the calls for back-office users, handed by the
 * dialplan to Centrala's FastAGI routing, which rings their ring plans (desk, then mobile),
 * most of the rest through the queue (one in five abandoned), some click-to-calls; talk times
 * from 20 s to 3 min, all scaled by the PBX's time scale.
 */
final class Traffic {
    private static final System.Logger LOG = System.getLogger(Traffic.class.getName());

    private final TestPbxServer pbx;
    private final TrafficPlan plan;
    // Its own thread, not the PBX clock's: starting a scenario waits for the clock.
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "test-pbx-traffic");
        t.setDaemon(true);
        return t;
    });
    private final Random random;
    private volatile boolean stopped;
    private int callerSequence;

    Traffic(TestPbxServer pbx, TrafficPlan plan) {
        this.pbx = pbx;
        this.plan = plan;
        this.random = new Random(plan.seed());
    }

    void start() {
        for (TrafficPlan.BackOfficeParty party : plan.backOffice()) {
            pbx.register(party.deskEndpoint());
        }
        plan.agents().forEach(pbx::register);
        schedule(Duration.ofSeconds(1));
    }

    void stop() {
        stopped = true;
        thread.shutdownNow();
    }

    private void schedule(Duration pause) {
        if (!stopped) {
            thread.schedule(this::placeOne, Math.round(pause.toMillis() * pbx.timeScale()), TimeUnit.MILLISECONDS);
        }
    }

    private void placeOne() {
        try {
            double pick = random.nextDouble();
            Duration talk = Duration.ofSeconds(20 + random.nextInt(160));
            String caller = "+4930" + (5550000 + (callerSequence++ % 10000));
            if (pick < 0.5 && !plan.backOffice().isEmpty()) {
                TrafficPlan.BackOfficeParty party = plan.backOffice().get(random.nextInt(plan.backOffice().size()));
                // Who picks up this time: the desk, else the mobile, else nobody (the routing rings both in turn).
                double answer = random.nextDouble();
                Answering pickUp = Answering.answersAfter(Duration.ofSeconds(2 + random.nextInt(6)), talk);
                pbx.answering(party.deskEndpoint(), answer < 0.55 ? pickUp : Answering.noAnswer());
                if (party.mobileNumber() != null) {
                    pbx.answering(party.mobileNumber(), answer >= 0.55 && answer < 0.9 ? pickUp : Answering.noAnswer());
                }
                pbx.dialIn("trunk", caller, plan.context(), party.dialledNumber());
            } else if (pick < 0.9 && !plan.agents().isEmpty()) {
                Duration wait = Duration.ofSeconds(15 + random.nextInt(30));
                List<String> loggedIn = pbx.queueMembers(plan.queue()).stream().filter(m -> !m.paused()
                        && m.memberInterface().startsWith("PJSIP/")).map(m -> m.memberInterface().substring("PJSIP/".length())).toList();
                if (!loggedIn.isEmpty()) {
                    // The agents logged in to the queue (QueueAdd): it rings those not paused.
                    String answering = random.nextDouble() < 0.8 ? loggedIn.get(random.nextInt(loggedIn.size())) : null;
                    pbx.memberQueueCall(caller, plan.context(), plan.queue(), answering, wait, talk);
                } else {
                    String answering = random.nextDouble() < 0.8
                            ? plan.agents().get(random.nextInt(plan.agents().size())) : null;
                    pbx.queueCall(caller, plan.context(), plan.queue(), plan.agents(), answering, wait, talk);
                }
            } else if (!plan.agents().isEmpty()) {
                String agent = plan.agents().get(random.nextInt(plan.agents().size()));
                pbx.originate(agent, caller, plan.context(), talk);
            }
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "Demo call not placed: {0}", e.getMessage());
        } finally {
            long jitter = plan.interval().toMillis() / 2;
            schedule(plan.interval().plusMillis(jitter == 0 ? 0 : random.nextLong(-jitter, jitter)));
        }
    }
}
