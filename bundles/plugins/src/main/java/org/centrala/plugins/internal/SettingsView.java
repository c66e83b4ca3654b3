package org.centrala.plugins.internal;

import java.util.List;

/** One configuration of a plugin (a Config Admin PID) with its attributes. */
public record SettingsView(String pid, String name, String description, List<SettingView> attributes) {
}
