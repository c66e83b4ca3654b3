package org.centrala.plugins.internal;

/** One value a setting may take, and how to show it. */
public record SettingOption(String value, String label) {
}
