package org.centrala.provisioning.internal;

import java.io.IOException;
import java.util.Dictionary;

import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

/**
 * The dialplan's AGI() argument when provisioning's {@code agiUrl} is empty: the node's FastAGI
 * server as etc/org.centrala.pbx.agi.cfg configures it, so that a changed port is written to the
 * PBX with the next pass. A server bound to every address is reached at 127.0.0.1, which is right
 * only when Asterisk runs on this host: otherwise set {@code agiUrl}.
 */
final class FastAgiAddress {
    private final ConfigurationAdmin configAdmin;

    FastAgiAddress(ConfigurationAdmin configAdmin) {
        this.configAdmin = configAdmin;
    }

    String url(String configured) {
        if (!configured.isEmpty()) {
            return configured;
        }
        String host = "127.0.0.1";
        String port = "4573";
        try {
            Configuration[] found = configAdmin.listConfigurations("(service.pid=org.centrala.pbx.agi)");
            Dictionary<String, Object> properties = found == null || found.length == 0 ? null : found[0].getProperties();
            if (properties != null) {
                Object bind = properties.get("bindAddress");
                Object number = properties.get("port");
                if (bind != null && !bind.toString().isBlank() && !bind.toString().trim().matches("0\\.0\\.0\\.0|::|\\[::]")) {
                    host = bind.toString().trim();
                }
                if (number != null && number.toString().trim().matches("\\d{1,5}")) {
                    port = number.toString().trim();
                }
            }
        } catch (IOException | InvalidSyntaxException e) {
            // Config Admin's store unreadable: Asterisk's default port on this host, as the server's own default.
        }
        return "agi://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/route";
    }
}
