package org.centrala.security.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.osgi.framework.BundleContext;

/**
 * The node operators' store: Karaf's {@code etc/users.properties}, read by Karaf's properties login
 * module with the password hashing of {@code etc/org.apache.karaf.jaas.cfg} (Karaf hashes any
 * plain password written into the file). Centrala's realm, the operator-password generator and
 * Karaf's own realm must agree on these options, so they are built in one place.
 */
final class OperatorRealm {
    static final String OPERATOR = "admin";
    /** The password every Karaf distribution ships with; never acceptable outside the demo. */
    static final String SHIPPED_PASSWORD = "admin";
    /** Karaf's login module (and backing engine) over users.properties. */
    static final String OPERATOR_MODULE = "org.apache.karaf.jaas.modules.properties.PropertiesLoginModule";
    /** Karaf's JAAS configuration, whose {@code encryption.*} settings say how passwords are hashed. */
    static final String JAAS_PID = "org.apache.karaf.jaas";
    private static final String ENCRYPTION = "encryption.";

    private OperatorRealm() {
    }

    static Path usersFile() {
        return Path.of(System.getProperty("karaf.etc", "etc"), "users.properties");
    }

    /**
     * Options for Karaf's properties login module and its backing engine.
     *
     * @param jaasConfiguration the properties of Karaf's {@code org.apache.karaf.jaas} configuration
     */
    static Map<String, Object> options(BundleContext context, Map<String, ?> jaasConfiguration) {
        Map<String, Object> options = new HashMap<>();
        options.put("users", usersFile().toString());
        options.put("detailed.login.exception", "false");
        // Karaf's encryption support finds its hashing service through a bundle context in the options.
        options.put(BundleContext.class.getName(), context);
        jaasConfiguration.forEach((key, value) -> {
            if (key.startsWith(ENCRYPTION)) {
                options.put(key, String.valueOf(value));
            }
        });
        return options;
    }
}
