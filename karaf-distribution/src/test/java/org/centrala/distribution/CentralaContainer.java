package org.centrala.distribution;

import static org.ops4j.pax.exam.CoreOptions.mavenBundle;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

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

    private CentralaContainer() {
    }

    static Option[] options() {
        String distribution = required("centrala.distribution");
        String version = required("centrala.version");
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository", "");
        // Fresh ports for every container. Pax Exam ends its "suite" whenever no test class is
        // pending, and failsafe runs the classes one by one, so every test class boots a container
        // of its own; ports chosen once for the JVM could meanwhile have been handed to another
        // process (DistributionRestartIT's node, say) and left the next container deaf.
        int http = FreePorts.next();

        List<Option> options = new ArrayList<>(List.of(
                karafDistributionConfiguration()
                        .frameworkUrl(new File(distribution).toURI().toString())
                        .name("Centrala")
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevel.INFO),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(http)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(FreePorts.next())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(FreePorts.next())),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(FreePorts.next())),
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
                systemProperty(HTTP_PORT_PROPERTY).value(String.valueOf(http)),
                // The probe's assertion library, from the build's local repository.
                mavenBundle().groupId("net.bytebuddy").artifactId("byte-buddy").version(required("byte-buddy.version")),
                mavenBundle().groupId("org.assertj").artifactId("assertj-core").version(required("assertj.version")),
                systemProperty("centrala.version").value(version),
                systemProperty("centrala.example.plugin").value(required("centrala.example.plugin"))));
        options.addAll(java17LauncherOptions());
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
