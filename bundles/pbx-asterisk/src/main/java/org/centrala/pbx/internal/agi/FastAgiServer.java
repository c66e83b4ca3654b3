package org.centrala.pbx.internal.agi;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.asteriskjava.fastagi.AgiScript;
import org.centrala.common.HealthIndicator;
import org.centrala.common.PartHealth;
import org.centrala.pbx.FastAgi;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's FastAGI server (issue 11): Asterisk's {@code AGI(agi://<node>:4573/<script>)} runs
 * the script registered under that name (whiteboard, {@link FastAgi#SCRIPT}). It is a part of the
 * node's health that gates readiness: a port that cannot be bound leaves the node not ready, and
 * says which port and where to change it.
 */
@Component(immediate = true, service = HealthIndicator.class, configurationPid = FastAgiServer.PID,
        property = HealthIndicator.PART + "=fastagi")
@Designate(ocd = FastAgiServer.Config.class)
public class FastAgiServer implements HealthIndicator {
    static final String PID = "org.centrala.pbx.agi";
    private static final Logger LOG = LoggerFactory.getLogger(FastAgiServer.class);

    @ObjectClassDefinition(name = "Centrala FastAGI server", description = "Where Asterisk's AGI() reaches Centrala's routing")
    public @interface Config {
        @AttributeDefinition(description = "Address to listen on: 127.0.0.1 when Asterisk runs on this host, otherwise"
                + " this host's address on the network Asterisk reaches it by (never the Internet)")
        String bindAddress() default "127.0.0.1";

        @AttributeDefinition(description = "TCP port (Asterisk's default for agi:// is 4573)")
        int port() default 4573;

        @AttributeDefinition(description = "Sessions at once (each lasts as long as the call it routes); more are refused")
        int maxSessions() default 2500;
    }

    /** While the port cannot be bound, how often to try again (the program holding it may go away). */
    private static final long RETRY_SECONDS = 10;

    private final AgiScripts scripts = new AgiScripts();
    private final java.util.concurrent.ScheduledExecutorService retries =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "centrala-fastagi-bind");
                thread.setDaemon(true);
                return thread;
            });
    private volatile AgiListener listener;
    private volatile PartHealth failure;
    private java.util.concurrent.ScheduledFuture<?> retry;
    private Config config;

    @Activate
    public FastAgiServer(Config config) {
        start(config);
    }

    @Modified
    synchronized void modified(Config changed) {
        if (config != null && changed.bindAddress().equals(config.bindAddress()) && changed.port() == config.port()
                && changed.maxSessions() == config.maxSessions()) {
            return;
        }
        // Sessions in progress keep their calls: Asterisk finishes a Dial whose AGI connection closed.
        stopListener();
        if (retry != null) {
            retry.cancel(false);
            retry = null;
        }
        start(changed);
    }

    private synchronized void start(Config settings) {
        this.config = settings;
        if (!bind(settings, true) && retry == null) {
            retry = retries.scheduleWithFixedDelay(this::retryBind, RETRY_SECONDS, RETRY_SECONDS,
                    java.util.concurrent.TimeUnit.SECONDS);
        }
    }

    private synchronized void retryBind() {
        if (listener == null && bind(config, false)) {
            retry.cancel(false);
            retry = null;
        }
    }

    /** @param firstTry whether a failure is news (logged) or the same one again (not logged) */
    private boolean bind(Config settings, boolean firstTry) {
        String where = settings.bindAddress() + ":" + settings.port();
        ServerSocket socket = null;
        try {
            socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(settings.bindAddress()), settings.port()), 200);
        } catch (IOException e) {
            close(socket);
            String reason = e instanceof BindException ? "is in use or not this host's" : "cannot be bound (" + e.getMessage() + ")";
            PartHealth down = PartHealth.down("FastAGI cannot listen: " + where + " " + reason
                    + "; set bindAddress and port in etc/" + PID + ".cfg (the change applies at once)");
            if (firstTry || failure == null || !down.detail().equals(failure.detail())) {
                // Issue 11, item 7: said once, without a stack trace; the health part keeps the node not ready.
                // WARN, not ERROR: the host's state (another program, a wrong address), not a failure of Centrala.
                LOG.warn("{}", down.detail());
            }
            failure = down;
            return false;
        }
        failure = null;
        AgiListener started = new AgiListener(scripts, socket, Math.max(1, settings.maxSessions()));
        Thread acceptor = new Thread(started::run, "centrala-fastagi-accept");
        acceptor.setDaemon(true);
        acceptor.start();
        listener = started;
        LOG.info("FastAGI listening on {} (scripts: {})", where, scripts.names());
        return true;
    }

    private static void close(ServerSocket socket) {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // Never bound.
            }
        }
    }

    @Deactivate
    synchronized void deactivate() {
        retries.shutdownNow();
        stopListener();
    }

    synchronized void stopListener() {
        AgiListener running = listener;
        listener = null;
        if (running != null) {
            running.stop();
        }
    }

    @Override
    public PartHealth health() {
        PartHealth down = failure;
        if (down != null) {
            return down;
        }
        AgiListener running = listener;
        if (running == null) {
            return PartHealth.down("FastAGI is stopped");
        }
        return PartHealth.up("FastAGI on " + config.bindAddress() + ":" + running.getPort() + ": " + running.active.get()
                + " sessions now, " + running.accepted.get() + " since start, " + running.refused.get() + " refused (over "
                + config.maxSessions() + " at once); scripts " + scripts.names());
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(" + FastAgi.SCRIPT + "=*)")
    void bindScript(AgiScript script, Map<String, Object> properties) {
        scripts.add(String.valueOf(properties.get(FastAgi.SCRIPT)), script);
    }

    void unbindScript(AgiScript script, Map<String, Object> properties) {
        scripts.remove(String.valueOf(properties.get(FastAgi.SCRIPT)), script);
    }
}
