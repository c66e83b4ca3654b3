package org.centrala.pbx.internal.agi;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.MappingStrategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whiteboard of FastAGI scripts by name ({@code centrala.agi.script}), as Asterisk-Java's
 * mapping strategy. It always answers with a script, so that Asterisk-Java never logs a missing
 * one as an error: a request for an unknown name is a dialplan's mistake, told to Asterisk and
 * logged at INFO.
 */
final class AgiScripts implements MappingStrategy {
    private static final Logger LOG = LoggerFactory.getLogger(AgiScripts.class);
    /** Set on the channel for the dialplan to read (AGISTATUS only says that the AGI ran). */
    static final String STATUS_VARIABLE = "CENTRALA_AGI";

    private final Map<String, AgiScript> byName = new ConcurrentHashMap<>();

    void add(String name, AgiScript script) {
        byName.put(name, script);
    }

    void remove(String name, AgiScript script) {
        byName.remove(name, script);
    }

    java.util.Set<String> names() {
        return java.util.Set.copyOf(byName.keySet());
    }

    @Override
    public AgiScript determineScript(AgiRequest request, AgiChannel channel) {
        String name = request.getScript();
        AgiScript script = name == null ? null : byName.get(name);
        return script != null ? script : this::refuse;
    }

    private void refuse(AgiRequest request, AgiChannel channel) {
        if (request.getRequestURL() == null) {
            LOG.debug("A connection to the FastAGI port sent no AGI request; closed");
            return;
        }
        LOG.info("FastAGI request for {} from {} on channel {}: no script '{}' is installed (installed: {})",
                request.getRequestURL(), request.getRemoteAddress(), request.getChannel(), request.getScript(), names());
        try {
            channel.setVariable(STATUS_VARIABLE, "NOSCRIPT");
            channel.verbose("Centrala has no FastAGI script '" + request.getScript() + "'", 1);
        } catch (org.asteriskjava.fastagi.AgiException e) {
            LOG.debug("Could not tell Asterisk: {}", e.toString());
        }
    }
}
