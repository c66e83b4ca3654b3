package org.centrala.licensing;

import java.util.List;

/** A reseller's prices, all in one ISO 4217 currency. */
public record PriceList(String currency, List<Price> prices) {
    public static final String PBX = "pbx";
}
