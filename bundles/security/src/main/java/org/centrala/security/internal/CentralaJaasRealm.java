package org.centrala.security.internal;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.centrala.security.Authenticator;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Registers the {@value Authenticator#REALM} JAAS realm with Karaf (it shows in
 * {@code jaas:realm-list}): one login module over Centrala's user store. Karaf's proxy loads the
 * module from this bundle, so no class loader tricks are needed.
 */
@Component(service = JaasRealm.class, property = "org.apache.karaf.jaas.realm=" + Authenticator.REALM)
public class CentralaJaasRealm implements JaasRealm {
    private final AppConfigurationEntry[] entries;

    @Activate
    public CentralaJaasRealm(BundleContext context, @Reference JdbcCredentialService credentials) {
        Map<String, Object> options = new HashMap<>();
        options.put(ProxyLoginModule.PROPERTY_MODULE, CentralaLoginModule.class.getName());
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put(CentralaLoginModule.CREDENTIALS_OPTION, credentials);
        entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.REQUIRED, options)
        };
    }

    @Override
    public String getName() {
        return Authenticator.REALM;
    }

    @Override
    public int getRank() {
        return 0;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
