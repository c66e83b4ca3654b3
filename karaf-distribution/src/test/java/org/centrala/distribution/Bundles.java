package org.centrala.distribution;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.wiring.FrameworkWiring;

/** What {@code bundle:update} does, for tests that swap a bundle under load. */
final class Bundles {
    private Bundles() {
    }

    static Bundle named(BundleContext context, String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError(symbolicName + " is not installed"));
    }

    /** Updates the bundle from its location and refreshes it, as {@code bundle:update} does; returns once refreshed. */
    static Bundle updateAndRefresh(BundleContext context, String symbolicName) throws Exception {
        Bundle bundle = named(context, symbolicName);
        bundle.update();
        CountDownLatch refreshed = new CountDownLatch(1);
        context.getBundle(0).adapt(FrameworkWiring.class).refreshBundles(List.of(bundle), event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                refreshed.countDown();
            }
        });
        if (!refreshed.await(60, TimeUnit.SECONDS)) {
            throw new AssertionError("the refresh of " + symbolicName + " did not finish within 60 s");
        }
        return bundle;
    }
}
