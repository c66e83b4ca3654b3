package org.centrala.distribution;

import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.replaceConfigurationFile;

import java.io.File;
import java.util.ArrayList;
import java.util.List;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.ops4j.pax.exam.options.extra.VMOption;

/**
 * The Pax Exam options that boot the distribution this module just built, on free ports, with
 * the features it installs at boot from the project's own features repository.
 */
final class CentralaContainer {
    static final String HTTP_PORT_PROPERTY = "centrala.it.http.port";

    /*
     * Every suite gets the same options, ports included: they share one container (NodeSuiteIT), which
     * Pax Exam's PerSuite reactor makes with the first class's options; a later class's own options
     * would be silently ignored.
     */
    private static final int HTTP_PORT = FreePorts.next();
    private static final int SSH_PORT = FreePorts.next();
    private static final int RMI_REGISTRY_PORT = FreePorts.next();
    private static final int RMI_SERVER_PORT = FreePorts.next();
    private static final int TEST_PBX_PORT = FreePorts.next();
    private static final int FASTAGI_PORT = FreePorts.next();
    /** The test PBX's monitor spool folder, shared with the node as a real PBX's would be over NFS (in the test JVM; the probe runs elsewhere). */
    static final String MONITOR_FOLDER = new File("target/it-monitor").getAbsolutePath();

    private CentralaContainer() {
    }

    static Option[] options() {
        String distribution = required("centrala.distribution");
        String version = required("centrala.version");
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        int http = HTTP_PORT;

        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .name("Centrala")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(SSH_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(RMI_REGISTRY_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(RMI_SERVER_PORT)),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository),
                // The suites log in as the shipped operator admin/admin, like the demo; generating the
                // operator's password on the first start is tested on the unpacked distribution
                // (DistributionRestartIT).
                editConfigurationFilePut("etc/org.centrala.security.cfg", "keepDefaultOperatorPassword", "true"),
                // The test client plays a reverse proxy when it sends X-Forwarded-For (SecurityIT's
                // throttling tests come from addresses of their own).
                editConfigurationFilePut("etc/org.centrala.web.cfg", "trustedProxies", "127.0.0.1,::1"),
                // The distribution boot-installs Centrala's features from the project's features
                // repository (featuresRepositories in etc/org.apache.karaf.features.cfg). Installing
                // them again from here raced with that boot installation and refreshed bundles under
                // the tests; featuresComeFromTheProjectsRepository checks where they came from.
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "updateSnapshots", "none"),
                // Pax Exam's own feature would swap the node's javax.inject bundle for another during
                // the boot, refreshing bundles while the probe starts (see the file's comment).
                replaceConfigurationFile("etc/org.apache.karaf.features.xml",
                        new File("src/test/resources/exam/org.apache.karaf.features.xml")),
                // The test PBX (PbxLinkIT's Asterisk): idle unless a tenant's PBX record points at it.
                editConfigurationFilePut("etc/org.centrala.testpbx.cfg", "port", String.valueOf(TEST_PBX_PORT)),
                editConfigurationFilePut("etc/org.centrala.testpbx.cfg", "username", "centrala"),
                editConfigurationFilePut("etc/org.centrala.testpbx.cfg", "secret", "pbx-secret"),
                editConfigurationFilePut("etc/org.centrala.testpbx.cfg", "timeScale", "0.005"),
                editConfigurationFilePut("etc/org.centrala.pbx.cfg", "refreshMillis", "250"),
                // Issue 12: the test PBX writes its recordings (WAV) into its monitor folder, which the
                // node reads as that PBX's spool folder (RecordingIT).
                editConfigurationFilePut("etc/org.centrala.testpbx.cfg", "monitorFolder", MONITOR_FOLDER),
                editConfigurationFilePut("etc/org.centrala.recording.spool-testpbx.cfg", "host", "127.0.0.1"),
                editConfigurationFilePut("etc/org.centrala.recording.spool-testpbx.cfg", "amiPort", String.valueOf(TEST_PBX_PORT)),
                editConfigurationFilePut("etc/org.centrala.recording.spool-testpbx.cfg", "pbxFolder", MONITOR_FOLDER),
                editConfigurationFilePut("etc/org.centrala.recording.spool-testpbx.cfg", "nodeFolder", MONITOR_FOLDER),
                // Centrala's FastAGI server, and the test PBX's dialplan pointing at it (issue 11).
                editConfigurationFilePut("etc/org.centrala.pbx.agi.cfg", "port", String.valueOf(FASTAGI_PORT)),
                // WebhookIT's receiver runs on this machine; its retries come quickly.
                editConfigurationFilePut("etc/org.centrala.webhooks.cfg", "allowedHosts", "127.0.0.1"),
                editConfigurationFilePut("etc/org.centrala.webhooks.cfg", "firstRetrySeconds", "1"),
                editConfigurationFilePut("etc/org.centrala.webhooks.cfg", "maxAttempts", "2"),
                editConfigurationFilePut("etc/org.centrala.testpbx.cfg", "agiPort", String.valueOf(FASTAGI_PORT)),
                // Provisioning writes queues and dialplans to the test PBX by itself; the suite's tests declare
                // theirs by hand, and ProvisioningIT turns it on while it runs.
                editConfigurationFilePut("etc/org.centrala.provisioning.cfg", "enabled", "false"),
                // Few enough that PbxLinkIT reaches the click-to-call limit in a few calls.
                editConfigurationFilePut("etc/org.centrala.routing.cfg", "callsPerMinute", "3"),
                // Months close only when a test closes them, whatever day of the month the suite runs on.
                editConfigurationFilePut("etc/org.centrala.licensing.cfg", "closeAfterDays", "0"),
                editConfigurationFilePut("etc/org.centrala.pbx.cfg", "backoffInitialMillis", "200"),
                editConfigurationFilePut("etc/org.centrala.pbx.cfg", "backoffMaxMillis", "2000"),
                systemProperty(HTTP_PORT_PROPERTY).value(String.valueOf(http)),
                // Pax Exam's probe waits 10 s for its invoker, which the container installs with the
                // boot features; on a busy 2-core machine that took longer once and the suite hung.
                systemProperty("org.ops4j.pax.exam.raw.extender.intern.Parser.DEFAULT_TIMEOUT").value("120000"),
                // Likewise its test injector's wait for the probe's services (also 10 s by default).
                systemProperty("pax.exam.service.timeout").value("120000"),
                // And the JUnit invoker's wait for the Injector service when the probe bundle starts
                // (10 s by default): a boot still installing features on 2 busy cores once took
                // longer, the probe gave up, and the test JVM waited for it forever (issue 11).
                systemProperty("org.ops4j.pax.exam.invoker.junit.internal.JUnitProbeInvokerFactory.DEFAULT_TIMEOUT")
                        .value("120000"),
                // The probe's assertion library, from the build's local repository.
                mavenBundle().groupId("net.bytebuddy").artifactId("byte-buddy").version(required("byte-buddy.version")),
                mavenBundle().groupId("org.assertj").artifactId("assertj-core").version(required("assertj.version")),
                systemProperty("centrala.version").value(version),
                systemProperty("centrala.example.plugin").value(required("centrala.example.plugin")),
                systemProperty("centrala.admin.guide").value(required("centrala.admin.guide"))));
        options.addAll(java17LauncherOptions());
        if (Boolean.getBoolean("centrala.it.keepRuntime")) {
            // -Dcentrala.it.keepRuntime=true keeps each container's folder (and its karaf.log) under target/exam.
            options.add(org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder());
        }
        return options.toArray(new Option[0]);
    }

    /**
     * STACK.md #6: Pax Exam 4.14 does not pass the module flags that bin/karaf passes on Java 9+.
     * Paths are relative to the unpacked distribution, which is the container's working directory.
     */
    private static List<Option> java17LauncherOptions() {
        String karaf = required("karaf.version");
        List<Option> options = new ArrayList<>();
        for (String flag : new String[] {
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-" + karaf + ".jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-" + karaf + ".jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.ftp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.content.text=ALL-UNNAMED",
                "--add-exports=jdk.xml.dom/org.w3c.dom.html=ALL-UNNAMED",
                "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED",
                "-classpath", "lib/jdk9plus/*" + File.pathSeparator + "lib/boot/*"}) {
            options.add(new VMOption(flag));
        }
        return options;
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + property + " is not set; run the tests through Maven (failsafe)");
        }
        return value;
    }
}
