package org.centrala.plugins.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.centrala.common.FieldError;
import org.centrala.common.NotFoundException;
import org.centrala.common.ValidationException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;

/**
 * The installed plugins: bundles whose manifest carries {@value #HEADER}, with the settings their
 * metatype describes (singleton configurations) and the values Config Admin holds for them. A
 * change goes to Config Admin, which hands it to the plugin's component ({@code @Modified}): no
 * restart, and no screen or resource of the plugin's own.
 */
@Component(service = PluginCatalogue.class)
public class PluginCatalogue {
    /** The manifest header that makes a bundle a plugin; its value says what the plugin adds. */
    public static final String HEADER = "Centrala-Plugin";
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PluginCatalogue.class);

    private final BundleContext context;
    private final MetaTypeService metaTypes;
    private final ConfigurationAdmin configurations;

    @Activate
    public PluginCatalogue(BundleContext context, @Reference MetaTypeService metaTypes, @Reference ConfigurationAdmin configurations) {
        this.context = context;
        this.metaTypes = metaTypes;
        this.configurations = configurations;
    }

    public List<PluginView> list() {
        return Arrays.stream(context.getBundles()).filter(PluginCatalogue::isPlugin)
                .sorted(Comparator.comparing(Bundle::getSymbolicName)).map(this::view).toList();
    }

    public PluginView get(String symbolicName) {
        return view(plugin(symbolicName));
    }

    /** Applies new values to one configuration of a plugin; every bad value is named before anything is written. */
    public PluginView update(String symbolicName, String pid, Map<String, String> values) {
        Bundle bundle = plugin(symbolicName);
        ObjectClassDefinition definition = definition(bundle, pid)
                .orElseThrow(() -> new NotFoundException("Settings of plugin " + symbolicName, pid));
        AttributeDefinition[] attributes = attributes(definition);
        List<FieldError> errors = new ArrayList<>();
        java.util.Hashtable<String, Object> changes = new java.util.Hashtable<>();
        List<String> cleared = new ArrayList<>();
        values.forEach((id, text) -> {
            AttributeDefinition attribute = Arrays.stream(attributes).filter(a -> a.getID().equals(id)).findFirst().orElse(null);
            if (attribute == null) {
                errors.add(new FieldError(id, "is not a setting of " + pid));
            } else if (text == null || text.isBlank()) {
                cleared.add(id);
            } else {
                Object value = SettingValues.parse(attribute, text, errors);
                if (value != null) {
                    changes.put(id, value);
                }
            }
        });
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        try {
            Configuration configuration = configurations.getConfiguration(pid, "?");
            Dictionary<String, Object> properties = configuration.getProperties();
            java.util.Hashtable<String, Object> next = new java.util.Hashtable<>();
            if (properties != null) {
                for (String key : java.util.Collections.list(properties.keys())) {
                    next.put(key, properties.get(key));
                }
            }
            cleared.forEach(next::remove);
            next.putAll(changes);
            configuration.update(next);
            // Which settings, not their values: one of them may be a password.
            LOG.info("Settings {} of plugin {} changed: {} set, {} back to their defaults", pid, symbolicName, changes.keySet(), cleared);
        } catch (IOException e) {
            throw new IllegalStateException("Config Admin could not store the settings of " + pid, e);
        }
        return view(bundle);
    }

    private Bundle plugin(String symbolicName) {
        return Arrays.stream(context.getBundles()).filter(b -> symbolicName.equals(b.getSymbolicName()) && isPlugin(b)).findFirst()
                .orElseThrow(() -> new NotFoundException("Plugin", symbolicName));
    }

    private static boolean isPlugin(Bundle bundle) {
        return bundle.getHeaders().get(HEADER) != null && bundle.getState() != Bundle.UNINSTALLED;
    }

    private PluginView view(Bundle bundle) {
        List<SettingsView> settings = new ArrayList<>();
        MetaTypeInformation information = metaType(bundle);
        if (information != null) {
            for (String pid : information.getPids()) {
                ObjectClassDefinition definition = information.getObjectClassDefinition(pid, null);
                Dictionary<String, Object> current = current(pid);
                AttributeDefinition[] required = definition.getAttributeDefinitions(ObjectClassDefinition.REQUIRED);
                java.util.Set<String> requiredIds = required == null ? java.util.Set.of()
                        : Arrays.stream(required).map(AttributeDefinition::getID).collect(java.util.stream.Collectors.toSet());
                settings.add(new SettingsView(pid, definition.getName(), definition.getDescription(),
                        Arrays.stream(attributes(definition)).map(a -> setting(a, requiredIds.contains(a.getID()), current)).toList()));
            }
        }
        return new PluginView(bundle.getSymbolicName(), bundle.getHeaders().get("Bundle-Name"), bundle.getVersion().toString(),
                bundle.getHeaders().get(HEADER), state(bundle.getState()), settings);
    }

    /**
     * The bundle's metatype, once the bundle is resolved. Reading it from a bundle that is only
     * installed would resolve it on this thread, in the middle of whoever is installing it (Karaf's
     * deploy folder, say): its settings are shown once it is resolved.
     */
    private MetaTypeInformation metaType(Bundle bundle) {
        return (bundle.getState() & (Bundle.INSTALLED | Bundle.UNINSTALLED)) != 0 ? null : metaTypes.getMetaTypeInformation(bundle);
    }

    private Optional<ObjectClassDefinition> definition(Bundle bundle, String pid) {
        MetaTypeInformation information = metaType(bundle);
        if (information == null || !Arrays.asList(information.getPids()).contains(pid)) {
            return Optional.empty();
        }
        return Optional.ofNullable(information.getObjectClassDefinition(pid, null));
    }

    private static AttributeDefinition[] attributes(ObjectClassDefinition definition) {
        AttributeDefinition[] all = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        return all == null ? new AttributeDefinition[0] : all;
    }

    private static SettingView setting(AttributeDefinition attribute, boolean required, Dictionary<String, Object> current) {
        List<SettingOption> options = new ArrayList<>();
        String[] values = attribute.getOptionValues();
        String[] labels = attribute.getOptionLabels();
        for (int i = 0; values != null && i < values.length; i++) {
            options.add(new SettingOption(values[i], labels != null && i < labels.length ? labels[i] : values[i]));
        }
        String[] defaults = attribute.getDefaultValue();
        boolean password = attribute.getType() == AttributeDefinition.PASSWORD;
        return new SettingView(attribute.getID(), attribute.getName(), attribute.getDescription(), SettingValues.typeName(attribute.getType()),
                attribute.getCardinality() != 0, required, options,
                defaults == null || password ? List.of() : List.of(defaults),
                SettingValues.render(attribute, current == null ? null : current.get(attribute.getID())), password);
    }

    private Dictionary<String, Object> current(String pid) {
        try {
            Configuration[] found = configurations.listConfigurations("(" + org.osgi.framework.Constants.SERVICE_PID + "=" + pid + ")");
            return found == null || found.length == 0 ? null : found[0].getProperties();
        } catch (IOException | InvalidSyntaxException e) {
            return null;
        }
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.ACTIVE -> "ACTIVE";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            default -> "INSTALLED";
        };
    }
}
