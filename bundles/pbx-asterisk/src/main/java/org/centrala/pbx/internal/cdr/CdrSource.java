package org.centrala.pbx.internal.cdr;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.centrala.pbx.internal.model.CallSummary;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * An Asterisk's CDR as this node can read it (issue 11, item 6): Master.csv on storage the node
 * shares with the PBX, one configuration per PBX (etc/org.centrala.pbx.cdr-&lt;name&gt;.cfg, node
 * operators only). After a link to that PBX was down, the calls that began and ended meanwhile are
 * read from it.
 */
@Component(service = CdrSource.class, configurationPid = CdrSource.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = CdrSource.Config.class, factory = true)
public class CdrSource {
    static final String PID = "org.centrala.pbx.cdr";

    @ObjectClassDefinition(name = "Centrala CDR of a PBX", description = "Where the node reads an Asterisk's Master.csv (cdr_csv)")
    public @interface Config {
        @AttributeDefinition(description = "The PBX's host, as in its tenants' PBX record")
        String host();

        @AttributeDefinition(description = "Its AMI port, as in the PBX record")
        int amiPort() default 5038;

        @AttributeDefinition(description = "Master.csv as this node sees it, e.g. /mnt/pbx1/log/asterisk/cdr-csv/Master.csv")
        String csvPath();

        @AttributeDefinition(description = "Time zone of the CDR's times: UTC with cdr.conf's usegmtime = yes")
        String timeZone() default "UTC";
    }

    private final String host;
    private final int port;
    private final Path file;
    private final ZoneId zone;

    @Activate
    public CdrSource(Config config) {
        this(config.host(), config.amiPort(), Path.of(config.csvPath()), zone(config.timeZone()));
    }

    public CdrSource(String host, int port, Path file, ZoneId zone) {
        this.host = host.strip().toLowerCase(java.util.Locale.ROOT);
        this.port = port;
        this.file = file;
        this.zone = zone;
    }

    public boolean serves(String host, int port) {
        return this.host.equals(host) && this.port == port;
    }

    public Path file() {
        return file;
    }

    /**
     * The calls that began in [from, to] as summaries marked recovered.
     *
     * @throws IOException when the file cannot be read
     */
    public Recovery calls(String linkId, Instant from, Instant to) throws IOException {
        int[] skipped = new int[1];
        List<CdrRow> rows;
        try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = CdrCsv.rows(csv, zone, from, to, skipped);
        }
        return new Recovery(CdrCalls.of(linkId, rows), skipped[0]);
    }

    /** The calls, and the rows of the file that were not of the expected layout. */
    public record Recovery(List<CallSummary> calls, int skippedRows) {
    }

    private static ZoneId zone(String id) {
        try {
            return ZoneId.of(id == null || id.isBlank() ? "UTC" : id.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("timeZone '" + id + "' is not a time zone (e.g. UTC, Europe/Belgrade)", e);
        }
    }
}
