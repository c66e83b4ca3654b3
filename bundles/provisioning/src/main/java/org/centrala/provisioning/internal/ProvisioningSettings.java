package org.centrala.provisioning.internal;

import java.util.regex.Pattern;

/** Provisioning's configuration, checked once when it is applied. */
record ProvisioningSettings(boolean enabled, String agiUrl, String realm, String codecs, String transport,
                            long checkSeconds, long driftCheckSeconds) {
    private static final Pattern AGI_URL = Pattern.compile("agi://[A-Za-z0-9.:\\[\\]-]+(:\\d{1,5})?/[A-Za-z0-9_-]+");
    private static final Pattern WORDS = Pattern.compile("[A-Za-z0-9_,.-]*");

    /** These settings with the AGI URL to write (the configured one, or the FastAGI server's). */
    ProvisioningSettings withAgiUrl(String url) {
        return new ProvisioningSettings(enabled, url, realm, codecs, transport, checkSeconds, driftCheckSeconds);
    }

    static ProvisioningSettings of(ProvisioningConfig config) {
        if (!config.agiUrl().isEmpty() && !AGI_URL.matcher(config.agiUrl()).matches()) {
            throw new IllegalArgumentException("agiUrl '" + config.agiUrl() + "' is not agi://host:port/script");
        }
        for (String value : new String[] {config.realm(), config.codecs(), config.transport()}) {
            if (!WORDS.matcher(value).matches()) {
                throw new IllegalArgumentException("'" + value + "' may hold only letters, digits, '_', '-', '.' and ','");
            }
        }
        return new ProvisioningSettings(config.enabled(), config.agiUrl(), config.realm().isEmpty() ? "centrala" : config.realm(),
                config.codecs().isEmpty() ? "ulaw,alaw" : config.codecs(), config.transport(), Math.max(1, config.checkSeconds()),
                Math.max(10, config.driftCheckSeconds()));
    }
}
