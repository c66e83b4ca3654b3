package org.centrala.plugins.internal;

import java.util.List;

/**
 * One setting, described so that a client can render a form for it without knowing the plugin.
 *
 * @param type      STRING, LONG, INTEGER, SHORT, CHARACTER, BYTE, DOUBLE, FLOAT, BOOLEAN or PASSWORD
 * @param multiple  whether it takes several values (sent as one text, separated by commas)
 * @param options   the values it may take, with their labels; empty if any value of its type will do
 * @param value     the value set now (empty: the default applies); never a password's
 * @param writeOnly true for a password: it can be set, never read
 */
public record SettingView(String id, String name, String description, String type, boolean multiple, boolean required,
                          List<SettingOption> options, List<String> defaultValue, List<String> value, boolean writeOnly) {
}
