package org.centrala.statistics.internal;

/** The periods a report is cut into, on the tenant's clock; each is made of whole quarters or days. */
public enum Interval {
    QUARTER(31), HOUR(92), DAY(366), MONTH(3660);

    /** The longest range, in days, a report of these periods may span. */
    final int maxDays;

    Interval(int maxDays) {
        this.maxDays = maxDays;
    }
}
