package org.centrala.statistics.internal;

import io.swagger.v3.oas.annotations.media.Schema;

/** New statistics settings for a tenant. */
public record StatisticsSettingsDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Europe/Belgrade",
        description = "an IANA time zone; the days already counted are re-cut in it") String timeZone) {
}
