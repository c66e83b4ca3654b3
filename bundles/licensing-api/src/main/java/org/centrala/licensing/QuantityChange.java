package org.centrala.licensing;

import java.time.YearMonth;

/** A quantity that applies from a month on, until a later change. */
public record QuantityChange(YearMonth fromMonth, int quantity) {
}
