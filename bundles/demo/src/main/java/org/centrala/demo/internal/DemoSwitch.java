package org.centrala.demo.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Objects;

import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the test PBX on for the demo and off again. The demo's PBX configuration carries the
 * marker {@value #MARKER}=true, which both lets {@link DemoRunner} find that PBX and tells this
 * switch which configuration it may delete: a test PBX an operator configured by hand
 * (etc/org.centrala.testpbx.cfg without the marker) is never touched.
 */
@Component(configurationPid = DemoConfig.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoConfig.class)
public final class DemoSwitch {
    static final String TEST_PBX_PID = "org.centrala.testpbx";
    /** The recording bundle's spool folders, one configuration per PBX (issue 12). */
    static final String SPOOL_FACTORY_PID = "org.centrala.recording.spool";
    static final String MARKER = "centrala.demo";
    static final String AMI_USER = "centrala-demo";
    private static final Logger LOG = LoggerFactory.getLogger(DemoSwitch.class);

    private final ConfigurationAdmin configAdmin;
    private final SecureRandom random = new SecureRandom();

    @Activate
    public DemoSwitch(@Reference ConfigurationAdmin configAdmin, DemoConfig config) {
        this.configAdmin = configAdmin;
        apply(config);
    }

    @Modified
    void modified(DemoConfig config) {
        apply(config);
    }

    private void apply(DemoConfig config) {
        try {
            Configuration pbx = configAdmin.getConfiguration(TEST_PBX_PID, "?");
            Dictionary<String, Object> current = pbx.getProperties();
            boolean ours = current != null && "true".equals(String.valueOf(current.get(MARKER)));
            if (current != null && !ours) {
                if (config.enabled()) {
                    LOG.warn("Demo mode is on but the test PBX is configured by hand (pid {}); the demo leaves it "
                            + "alone and does not run. Remove that configuration to let the demo use its own.", TEST_PBX_PID);
                }
                return;
            }
            Configuration spool = configAdmin.getFactoryConfiguration(SPOOL_FACTORY_PID, "demo", "?");
            if (!config.enabled()) {
                if (ours) {
                    pbx.delete();
                    spool.delete();
                    LOG.info("Demo mode off: its test PBX is stopped");
                }
                return;
            }
            spool.updateIfDifferent(spoolProperties(config));
            Dictionary<String, Object> wanted = testPbxProperties(config, ours ? (String) current.get("secret") : null);
            if (!ours || !sameSettings(current, wanted)) {
                pbx.update(wanted);
                LOG.info("Demo mode on: test PBX on 127.0.0.1:{} at time scale {}", config.pbxPort(), config.timeScale());
            }
        } catch (IOException e) {
            LOG.error("Demo mode: the test PBX configuration cannot be written", e);
        }
    }

    private Dictionary<String, Object> testPbxProperties(DemoConfig config, String keptSecret) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("bindAddress", "127.0.0.1");
        properties.put("port", config.pbxPort());
        properties.put("username", AMI_USER);
        // Kept across restarts so the tenant's stored PBX record stays valid; new when the demo
        // configuration is created afresh (the runner then writes it to the tenant again).
        properties.put("secret", keptSecret != null ? keptSecret : newSecret());
        properties.put("timeScale", config.timeScale());
        // The test PBX's dialplan hands the demo's calls to this node's FastAGI server (issue 11).
        properties.put("agiHost", "127.0.0.1");
        properties.put("agiPort", fastAgiPort());
        // Issue 12: the test PBX writes its recordings here, where the node reads them (spoolProperties).
        properties.put("monitorFolder", monitorFolder());
        properties.put(MARKER, "true");
        return properties;
    }

    /** Where the demo's recordings are read: the test PBX's monitor folder, on this node. */
    private static Dictionary<String, Object> spoolProperties(DemoConfig config) {
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("host", "127.0.0.1");
        properties.put("amiPort", config.pbxPort());
        properties.put("pbxFolder", monitorFolder());
        properties.put("nodeFolder", monitorFolder());
        properties.put(MARKER, "true");
        return properties;
    }

    private static String monitorFolder() {
        return java.nio.file.Path.of(System.getProperty("karaf.data", "data"), "demo-pbx", "monitor").toAbsolutePath().toString();
    }

    private static boolean sameSettings(Dictionary<String, Object> current, Dictionary<String, Object> wanted) {
        for (String key : new String[] {"bindAddress", "port", "username", "timeScale", "agiPort", "monitorFolder"}) {
            if (!Objects.equals(String.valueOf(current.get(key)), String.valueOf(wanted.get(key)))) {
                return false;
            }
        }
        return true;
    }

    /** The FastAGI server's port as configured (etc/org.centrala.pbx.agi.cfg), else Asterisk's default. */
    private int fastAgiPort() {
        try {
            Configuration[] found = configAdmin.listConfigurations("(service.pid=org.centrala.pbx.agi)");
            Object port = found == null || found.length == 0 || found[0].getProperties() == null ? null
                    : found[0].getProperties().get("port");
            return port == null ? 4573 : Integer.parseInt(port.toString().trim());
        } catch (IOException | org.osgi.framework.InvalidSyntaxException | NumberFormatException e) {
            return 4573;
        }
    }

    private String newSecret() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
