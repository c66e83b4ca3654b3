package org.centrala.persistence.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.centrala.persistence.MigratedSchema;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers a {@link MigratedSchema} per migrated module under the persistence bundle's own
 * context, so the marker outlives the bundle that migrated it: the tables stay when it is updated.
 */
final class SchemaMarkers {
    private final BundleContext context;
    private final Map<String, ServiceRegistration<MigratedSchema>> registered = new ConcurrentHashMap<>();

    /** @param context null outside OSGi: nothing is registered */
    SchemaMarkers(BundleContext context) {
        this.context = context;
    }

    void migrated(String module) {
        if (context == null) {
            return;
        }
        registered.computeIfAbsent(module, name -> {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(MigratedSchema.MODULE, name);
            return context.registerService(MigratedSchema.class, () -> name, properties);
        });
    }

    void withdrawAll() {
        registered.values().forEach(registration -> {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                // already gone with the framework
            }
        });
        registered.clear();
    }
}
