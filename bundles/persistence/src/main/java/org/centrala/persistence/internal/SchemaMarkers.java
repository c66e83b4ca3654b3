package org.centrala.persistence.internal;

import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.centrala.persistence.MigratedSchema;
import org.osgi.annotation.bundle.Capability;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

/**
 * Registers a {@link MigratedSchema} per migrated module under the persistence bundle's own
 * context, so the marker outlives the bundle that migrated it: the tables stay when it is updated.
 */
// Registered without DS, so the resolver is told here that this bundle provides the service.
@Capability(namespace = "osgi.service", attribute = "objectClass:List<String>=\"org.centrala.persistence.MigratedSchema\"",
        uses = MigratedSchema.class)
final class SchemaMarkers {
    private final BundleContext context;
    private final Map<String, ServiceRegistration<MigratedSchema>> registered = new ConcurrentHashMap<>();
    /**
     * Registers on a thread of its own: a marker registered inside the migrating component's
     * activation would activate, on the same thread, components that need that component itself.
     */
    private final ExecutorService registrar = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "centrala-schema-markers");
        thread.setDaemon(true);
        return thread;
    });

    /** @param context null outside OSGi: nothing is registered */
    SchemaMarkers(BundleContext context) {
        this.context = context;
    }

    void migrated(String module) {
        if (context == null) {
            return;
        }
        registrar.execute(() -> registered.computeIfAbsent(module, name -> {
            Dictionary<String, Object> properties = new Hashtable<>();
            properties.put(MigratedSchema.MODULE, name);
            return context.registerService(MigratedSchema.class, () -> name, properties);
        }));
    }

    void withdrawAll() {
        registrar.shutdownNow();
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
