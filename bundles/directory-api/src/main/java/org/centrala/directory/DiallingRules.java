package org.centrala.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What a tenant's phones may dial outside, and how (issue 11). Applied by the routing to every
 * number dialled on a phone and by click-to-call. {@code stored} is false while the tenant has
 * the defaults: no outside-line prefix, international calls allowed, premium-rate numbers barred.
 */
public record DiallingRules(
        @Schema(description = "digits dialled on a phone before an outside number that is not written with +, e.g. 0;"
                + " empty: none. Click-to-call and numbers with + never need it", example = "0") String outsideLinePrefix,
        @Schema(description = "whether numbers of another country than the caller's department's may be dialled")
        boolean internationalAllowed,
        @Schema(description = "kinds of numbers no phone of the tenant may dial") Set<NumberType> barredNumberTypes,
        @Schema(description = "E.164 beginnings no phone of the tenant may dial", example = "[\"+3819\"]") List<String> barredPrefixes,
        boolean stored, Instant updatedAt) {

    public DiallingRules {
        outsideLinePrefix = outsideLinePrefix == null ? "" : outsideLinePrefix;
        barredNumberTypes = Set.copyOf(barredNumberTypes);
        barredPrefixes = List.copyOf(barredPrefixes);
    }

    /** A tenant's rules until an administrator sets them. */
    public static DiallingRules defaults() {
        return new DiallingRules("", true, Set.of(NumberType.PREMIUM_RATE), List.of(), false, null);
    }
}
