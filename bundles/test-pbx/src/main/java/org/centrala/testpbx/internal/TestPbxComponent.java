package org.centrala.testpbx.internal;

import java.time.Duration;
import java.util.List;

import org.centrala.testpbx.RingTarget;
import org.centrala.testpbx.TestPbx;
import org.centrala.testpbx.TrafficPlan;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The test PBX as a service, started only when configured (etc/org.centrala.testpbx.cfg): tests
 * and the demo mode use it; a production container has no such configuration.
 */
@Component(service = TestPbx.class, configurationPid = "org.centrala.testpbx",
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = TestPbxComponent.Config.class)
public class TestPbxComponent implements TestPbx {

    @ObjectClassDefinition(name = "Centrala test PBX", description = "An AMI-speaking stand-in for Asterisk 20")
    public @interface Config {
        @AttributeDefinition(description = "Address to listen on")
        String bindAddress() default "127.0.0.1";

        @AttributeDefinition(description = "AMI port; 0 takes a free one")
        int port() default 0;

        @AttributeDefinition(description = "AMI user name")
        String username() default "centrala";

        @AttributeDefinition(description = "AMI secret", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String secret() default "centrala";

        @AttributeDefinition(description = "Factor applied to every delay of a scenario (1 = real time)")
        double timeScale() default 1.0;
    }

    private TestPbxServer server;

    @Activate
    void activate(Config config) {
        server = new TestPbxServer(config.bindAddress(), config.port(), config.username(), config.secret(),
                config.timeScale()).start();
    }

    /** Only the time scale changes in place; address, port and account take a restart of the component. */
    @Modified
    void modified(Config config) {
        server.setTimeScale(config.timeScale());
    }

    @Deactivate
    void deactivate() {
        server.close();
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public double timeScale() {
        return server.timeScale();
    }

    @Override
    public void setTimeScale(double scale) {
        server.setTimeScale(scale);
    }

    @Override
    public void register(String endpoint) {
        server.register(endpoint);
    }

    @Override
    public CallRun internalCall(String fromEndpoint, String toEndpoint, Duration talk) {
        return server.internalCall(fromEndpoint, toEndpoint, talk);
    }

    @Override
    public CallRun inboundCall(String callerNumber, String context, String dialledNumber, List<RingTarget> ringPlan,
                               int answerStep, Duration talk) {
        return server.inboundCall(callerNumber, context, dialledNumber, ringPlan, answerStep, talk);
    }

    @Override
    public CallRun queueCall(String callerNumber, String context, String queue, List<String> agentEndpoints,
                             String answeringAgent, Duration wait, Duration talk) {
        return server.queueCall(callerNumber, context, queue, agentEndpoints, answeringAgent, wait, talk);
    }

    @Override
    public CallRun originate(String userEndpoint, String destination, String context, Duration talk) {
        return server.originate(userEndpoint, destination, context, talk);
    }

    @Override
    public void dropConnections() {
        server.dropConnections();
    }

    @Override
    public void restart(Duration downtime) {
        server.restart(downtime);
    }

    @Override
    public int activeChannels() {
        return server.activeChannels();
    }

    @Override
    public void startTraffic(TrafficPlan plan) {
        server.startTraffic(plan);
    }

    @Override
    public void stopTraffic() {
        server.stopTraffic();
    }
}
