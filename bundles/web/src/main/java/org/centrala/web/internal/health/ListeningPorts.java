package org.centrala.web.internal.health;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.centrala.common.HealthIndicator;
import org.centrala.common.PartHealth;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 11, item 7: the node's HTTP and SSH ports are this node's. When another program holds
 * one, Jetty or Karaf's SSH server could not bind it and the REST API (or the shell) is not
 * reachable, although the container runs: this part is then down, names the port and the file
 * that sets it, and the log says so once at WARN. Readiness over HTTP cannot answer in that case;
 * {@code bin/client centrala:health} and the log can.
 */
@Component(immediate = true, service = HealthIndicator.class, property = HealthIndicator.PART + "=ports")
public class ListeningPorts implements HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(ListeningPorts.class);
    private static final long CHECK_SECONDS = 5;
    /** Jetty and the SSH server bind while the container boots: a port nobody holds counts after this. */
    private static final long BIND_GRACE_NANOS = TimeUnit.SECONDS.toNanos(60);
    private final long activatedAt = System.nanoTime();

    private record Port(String purpose, String pid, String key, int fallback, String file) {
    }

    private static final List<Port> PORTS = List.of(
            new Port("HTTP (REST, SOAP, readiness)", "org.ops4j.pax.web", "org.osgi.service.http.port", 8181,
                    "etc/org.ops4j.pax.web.cfg"),
            new Port("SSH (Karaf shell, bin/client)", "org.apache.karaf.shell", "sshPort", 8101,
                    "etc/org.apache.karaf.shell.cfg"));

    private final ConfigurationAdmin configurations;
    private final PortOwnership ownership;
    private final ScheduledExecutorService checker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "centrala-port-check");
        thread.setDaemon(true);
        return thread;
    });
    private volatile PartHealth last = PartHealth.up("not checked yet");
    private final Map<String, String> reported = new LinkedHashMap<>();

    @Activate
    public ListeningPorts(@Reference ConfigurationAdmin configurations) {
        this(configurations, PortOwnership.ofThisHost());
    }

    ListeningPorts(ConfigurationAdmin configurations, PortOwnership ownership) {
        this.configurations = configurations;
        this.ownership = ownership;
        checker.scheduleWithFixedDelay(this::check, 0, CHECK_SECONDS, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        checker.shutdownNow();
    }

    @Override
    public PartHealth health() {
        return last;
    }

    synchronized void check() {
        List<String> problems = new ArrayList<>();
        List<String> fine = new ArrayList<>();
        for (Port port : PORTS) {
            int number = configured(port);
            PortOwnership.Owner owner = ownership.of(number);
            String problem = switch (owner) {
                case ANOTHER_PROGRAM -> port.purpose() + " port " + number + " is held by another program, so this node"
                        + " cannot serve it; stop that program or set " + port.key() + " in " + port.file();
                case NOBODY -> System.nanoTime() - activatedAt < BIND_GRACE_NANOS ? null : port.purpose() + " port " + number + " is not listening; see the log above this line"
                        + " for why, and " + port.key() + " in " + port.file();
                default -> null;
            };
            if (problem == null) {
                fine.add(port.purpose().split(" ")[0] + " " + number + (owner == PortOwnership.Owner.UNKNOWN ? " (not checked)" : ""));
                if (reported.remove(port.key()) != null) {
                    LOG.info("{} port {} is this node's now", port.purpose(), number);
                }
            } else {
                problems.add(problem);
                if (!problem.equals(reported.put(port.key(), problem))) {
                    // Once per change, no stack trace; the part keeps the node not ready. WARN, not ERROR:
                    // another program on the port is the host's state, not a failure of Centrala.
                    LOG.warn("{}", problem);
                }
            }
        }
        last = problems.isEmpty() ? PartHealth.up("listening: " + String.join(", ", fine))
                : PartHealth.down(String.join("; ", problems));
    }

    /** The port as configured now (listed, not fetched: fetching would create an empty configuration). */
    private int configured(Port port) {
        try {
            Configuration[] found = configurations.listConfigurations("(service.pid=" + port.pid() + ")");
            Dictionary<String, Object> properties = found == null || found.length == 0 ? null : found[0].getProperties();
            Object value = properties == null ? null : properties.get(port.key());
            return value == null ? port.fallback() : Integer.parseInt(value.toString().trim());
        } catch (IOException | InvalidSyntaxException | NumberFormatException e) {
            return port.fallback();
        }
    }
}
