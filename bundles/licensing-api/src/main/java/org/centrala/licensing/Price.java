package org.centrala.licensing;

import java.math.BigDecimal;

/** A reseller's unit price of a billable item ({@code pbx}, {@code device-pack}, {@code licence:<channel>}). */
public record Price(String item, BigDecimal unitPrice) {
}
