package org.centrala.licensing;

import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A reseller's prices, all in one ISO 4217 currency, in effect from {@code fromMonth} until the
 * month of the next list (issue 9: a month is billed at the prices it had).
 *
 * @param fromMonth the first month it applies to; left out when setting: the running month
 * @param updatedAt when the list was set (its version, the ETag); null before the first list, and
 *                  ignored when a list is sent
 */
public record PriceList(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "EUR") String currency,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) List<Price> prices,
                        @Schema(example = "2026-12") YearMonth fromMonth,
                        @Schema(accessMode = Schema.AccessMode.READ_ONLY) java.time.Instant updatedAt) {
    public static final String PBX = "pbx";

    public PriceList(String currency, List<Price> prices) {
        this(currency, prices, null, null);
    }

    /** A list without a version (the form of version 3.0). */
    public PriceList(String currency, List<Price> prices, YearMonth fromMonth) {
        this(currency, prices, fromMonth, null);
    }
}
