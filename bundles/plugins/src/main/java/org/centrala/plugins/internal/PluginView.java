package org.centrala.plugins.internal;

import java.util.List;

/**
 * An installed plugin and the settings its configuration metadata describes.
 *
 * @param symbolicName the bundle's symbolic name, which identifies the plugin
 * @param description  what its {@code Centrala-Plugin} header says it adds
 * @param state        the bundle's state: ACTIVE, RESOLVED, INSTALLED, STARTING or STOPPING
 */
public record PluginView(String symbolicName, String name, String version, String description, String state,
                         List<SettingsView> settings) {
}
