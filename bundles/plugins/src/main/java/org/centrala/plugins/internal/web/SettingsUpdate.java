package org.centrala.plugins.internal.web;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * New values of some settings of one configuration, by attribute id; the others keep theirs. An
 * empty text removes the value, so that the plugin's default applies again.
 */
public record SettingsUpdate(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "{\"maxLength\":\"160\"}") Map<String, String> values) {
}
