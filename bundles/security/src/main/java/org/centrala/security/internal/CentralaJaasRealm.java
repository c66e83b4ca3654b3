package org.centrala.security.internal;

import java.util.HashMap;
import java.util.Map;

import javax.security.auth.login.AppConfigurationEntry;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.centrala.web.Authenticator;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Registers the {@value Authenticator#REALM} JAAS realm with Karaf (it shows in
 * {@code jaas:realm-list}) and is the realm of the SSH shell too: first the login module over
 * Centrala's user store, then Karaf's properties module over {@code etc/users.properties} for node
 * operators, hashed as Karaf's {@code org.apache.karaf.jaas} configuration says (a change of it
 * re-registers the realm). Either suffices. Karaf's proxy loads each module from its own bundle, so no class
 * loader tricks are needed.
 */
@Component(service = JaasRealm.class, property = "org.apache.karaf.jaas.realm=" + Authenticator.REALM,
        configurationPid = OperatorRealm.JAAS_PID)
public class CentralaJaasRealm implements JaasRealm {
    private final AppConfigurationEntry[] entries;

    private static final String OPERATOR_MODULE_BUNDLE = "org.apache.karaf.jaas.modules";

    @Activate
    public CentralaJaasRealm(BundleContext context, @Reference JdbcCredentialService credentials, Map<String, Object> jaasConfiguration) {
        Map<String, Object> userStore = new HashMap<>();
        userStore.put(ProxyLoginModule.PROPERTY_MODULE, CentralaLoginModule.class.getName());
        userStore.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        userStore.put(CentralaLoginModule.CREDENTIALS_OPTION, credentials);

        Map<String, Object> operators = OperatorRealm.options(context, jaasConfiguration);
        operators.put(ProxyLoginModule.PROPERTY_MODULE, OperatorRealm.OPERATOR_MODULE);
        operators.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(bundleId(context, OPERATOR_MODULE_BUNDLE)));

        entries = new AppConfigurationEntry[] {
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.SUFFICIENT, userStore),
            new AppConfigurationEntry(ProxyLoginModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.SUFFICIENT, operators)
        };
    }

    private static long bundleId(BundleContext context, String symbolicName) {
        for (org.osgi.framework.Bundle bundle : context.getBundles()) {
            if (symbolicName.equals(bundle.getSymbolicName())) {
                return bundle.getBundleId();
            }
        }
        throw new IllegalStateException("Karaf's JAAS modules bundle " + symbolicName + " is not installed (feature jaas)");
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
