package org.centrala.pbx.internal.link;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

import org.asteriskjava.manager.event.ManagerEvent;
import org.centrala.pbx.internal.model.AmiEvents;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The event classes each connection registers. Asterisk-Java finds its event classes by scanning
 * the class path, which sees nothing inside an OSGi bundle; unregistered events are then dropped
 * and logged one by one, and its bridge bookkeeping misses BridgeCreate and logs an ERROR at each
 * BridgeEnter. So in OSGi every concrete event class of its bundle is listed through the bundle's
 * wiring; outside OSGi (tests, benchmarks) its own scan works and the classes we read suffice.
 */
final class EventClasses {
    private static final String PACKAGE = "org/asteriskjava/manager/event";

    private EventClasses() {
    }

    static List<Class<? extends ManagerEvent>> ofAsteriskJava() {
        Bundle bundle = FrameworkUtil.getBundle(ManagerEvent.class);
        BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return AmiEvents.CONSUMED;
        }
        List<Class<? extends ManagerEvent>> classes = new ArrayList<>();
        for (String resource : wiring.listResources(PACKAGE, "*.class", BundleWiring.LISTRESOURCES_LOCAL)) {
            String name = resource.substring(0, resource.length() - ".class".length()).replace('/', '.');
            if (name.contains("$")) {
                continue;
            }
            try {
                Class<?> type = wiring.getClassLoader().loadClass(name);
                if (ManagerEvent.class.isAssignableFrom(type) && !Modifier.isAbstract(type.getModifiers())
                        && Modifier.isPublic(type.getModifiers())) {
                    classes.add(type.asSubclass(ManagerEvent.class));
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // A class that cannot load is an event we cannot build either; the rest still count.
            }
        }
        return classes.isEmpty() ? AmiEvents.CONSUMED : List.copyOf(classes);
    }
}
