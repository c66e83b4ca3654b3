package org.centrala.ui;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Where the UI listens and which core it speaks to. Each setting is a system property
 * ({@code -Dcentrala.ui.port=8080}) or else an environment variable ({@code CENTRALA_UI_PORT}).
 *
 * @param coreUrl        the core's REST API, e.g. {@code http://127.0.0.1:8181/api/v1}
 * @param host           the address the UI binds to (loopback by default: put a TLS proxy in front)
 * @param port           the UI's HTTP port (0 picks a free one, printed at start)
 * @param sessionTimeout how long an idle browser session lives
 */
public record UiSettings(URI coreUrl, String host, int port, Duration sessionTimeout) {
    static final String CORE_URL = "centrala.core.url";
    static final String HOST = "centrala.ui.host";
    static final String PORT = "centrala.ui.port";
    static final String SESSION_MINUTES = "centrala.ui.session.minutes";

    static UiSettings from(Properties properties, Map<String, String> environment) {
        String core = setting(CORE_URL, "http://127.0.0.1:8181/api/v1", properties, environment);
        return new UiSettings(URI.create(core.endsWith("/") ? core.substring(0, core.length() - 1) : core),
                setting(HOST, "127.0.0.1", properties, environment),
                Integer.parseInt(setting(PORT, "8080", properties, environment)),
                Duration.ofMinutes(Long.parseLong(setting(SESSION_MINUTES, "30", properties, environment))));
    }

    private static String setting(String name, String fallback, Properties properties, Map<String, String> environment) {
        String value = properties.getProperty(name);
        if (value == null || value.isBlank()) {
            value = environment.get(name.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
