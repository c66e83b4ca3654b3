package org.centrala.web.internal.health;

import java.util.ArrayList;
import java.util.List;

import org.centrala.common.HealthIndicator;
import org.centrala.web.HealthPart;
import org.osgi.framework.Bundle;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.component.runtime.dto.UnsatisfiedReferenceDTO;

/**
 * One Centrala bundle as a part of the node: up when the bundle is active and each of its enabled
 * components is satisfied, so a concern whose service another concern needs is found out by name
 * ("TenantResource waits for TenantService") instead of by a missing endpoint. A component whose
 * property {@value HealthIndicator#GATES_READINESS} is false is left out: it may wait by design.
 */
final class BundleParts {
    private final ServiceComponentRuntime components;

    BundleParts(ServiceComponentRuntime components) {
        this.components = components;
    }

    HealthPart partOf(Bundle bundle) {
        String name = "bundle " + bundle.getSymbolicName();
        if ((bundle.getHeaders("").get("Fragment-Host")) != null) {
            return new HealthPart(name, true, true, "fragment");
        }
        if (bundle.getState() != Bundle.ACTIVE) {
            return new HealthPart(name, false, true, "bundle " + state(bundle.getState()));
        }
        List<String> waiting = new ArrayList<>();
        int count = 0;
        for (ComponentDescriptionDTO description : components.getComponentDescriptionDTOs(bundle)) {
            if (!components.isComponentEnabled(description) || Boolean.FALSE.equals(description.properties.get(HealthIndicator.GATES_READINESS))) {
                continue; // disabled, or waiting by design (the demo's runner outside the demo)
            }
            count++;
            for (ComponentConfigurationDTO configuration : components.getComponentConfigurationDTOs(description)) {
                String problem = problemOf(configuration);
                if (problem != null) {
                    waiting.add(simpleName(description.name) + " " + problem);
                }
            }
        }
        return waiting.isEmpty()
                ? new HealthPart(name, true, true, "active, " + count + " components satisfied")
                : new HealthPart(name, false, true, String.join(", ", waiting.stream().sorted().toList()));
    }

    private static String problemOf(ComponentConfigurationDTO configuration) {
        switch (configuration.state) {
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE:
                List<String> missing = new ArrayList<>();
                for (UnsatisfiedReferenceDTO reference : configuration.unsatisfiedReferences) {
                    missing.add(reference.name);
                }
                return "waits for " + String.join(", ", missing);
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION:
                return "waits for its configuration";
            case ComponentConfigurationDTO.FAILED_ACTIVATION:
                return "failed to activate";
            default:
                return null;
        }
    }

    private static String simpleName(String componentName) {
        return componentName.substring(componentName.lastIndexOf('.') + 1);
    }

    private static String state(int state) {
        switch (state) {
            case Bundle.INSTALLED:
                return "installed, not resolved";
            case Bundle.RESOLVED:
                return "resolved, not started";
            case Bundle.STARTING:
                return "starting";
            case Bundle.STOPPING:
                return "stopping";
            default:
                return "in state " + state;
        }
    }
}
