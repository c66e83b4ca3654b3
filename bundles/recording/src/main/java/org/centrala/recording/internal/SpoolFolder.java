package org.centrala.recording.internal;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Where a PBX writes its recordings and where this node reads them (issue 12): the PBX's monitor
 * spool folder on storage the node shares with it, one configuration per PBX
 * (etc/org.centrala.recording.spool-&lt;name&gt;.cfg, node operators only). A file the PBX names
 * under {@code pbxFolder} is read under {@code nodeFolder}; nothing outside it is ever read.
 */
@Component(service = SpoolFolder.class, configurationPid = SpoolFolder.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = SpoolFolder.Config.class, factory = true)
public class SpoolFolder {
    static final String PID = "org.centrala.recording.spool";
    /** Asterisk's own monitor folder (astspooldir/monitor), for a node on the PBX's machine. */
    static final String ASTERISK_DEFAULT = "/var/spool/asterisk/monitor";

    @ObjectClassDefinition(name = "Centrala recordings of a PBX", description = "Where the node reads an Asterisk's recordings")
    public @interface Config {
        @AttributeDefinition(description = "The PBX's host, as in its tenants' PBX record")
        String host();

        @AttributeDefinition(description = "Its AMI port, as in the PBX record")
        int amiPort() default 5038;

        @AttributeDefinition(description = "The monitor folder as the PBX names it (astspooldir/monitor in asterisk.conf)")
        String pbxFolder() default ASTERISK_DEFAULT;

        @AttributeDefinition(description = "The same folder as this node sees it, e.g. /mnt/pbx1/monitor")
        String nodeFolder();
    }

    private final String host;
    private final int port;
    private final Path pbxFolder;
    private final Path nodeFolder;

    @Activate
    public SpoolFolder(Config config) {
        this(config.host(), config.amiPort(), Path.of(config.pbxFolder()), Path.of(config.nodeFolder()));
    }

    public SpoolFolder(String host, int port, Path pbxFolder, Path nodeFolder) {
        this.host = host.strip().toLowerCase(Locale.ROOT);
        this.port = port;
        this.pbxFolder = pbxFolder.normalize();
        this.nodeFolder = nodeFolder.normalize();
    }

    boolean serves(String host, int port) {
        return this.host.equals(host.toLowerCase(Locale.ROOT)) && this.port == port;
    }

    Path nodeFolder() {
        return nodeFolder;
    }

    /** A file under the monitor folder, as the PBX names it. */
    String onPbx(String relative) {
        return pbxFolder.resolve(relative).toString();
    }

    /** The file on this node, if the PBX named it inside its folder ('..' and links out of it do not count). */
    Optional<Path> onNode(String pbxFile) {
        Path named = Path.of(pbxFile).normalize();
        if (!named.isAbsolute() || !named.startsWith(pbxFolder)) {
            return Optional.empty();
        }
        Path file = nodeFolder.resolve(pbxFolder.relativize(named)).normalize();
        return file.startsWith(nodeFolder) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public String toString() {
        return host + ":" + port + " " + pbxFolder + " -> " + nodeFolder;
    }
}
