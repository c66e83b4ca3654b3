package org.centrala.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.Validator;

/** The whole of a tenant's dialling rules, as an administrator sends them: every field is required, none is cleared silently. */
public record DiallingRulesDraft(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "1 or 2 digits, or empty for none", example = "0")
        String outsideLinePrefix,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Boolean internationalAllowed,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "may be empty") Set<NumberType> barredNumberTypes,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "E.164 beginnings: + and 1 to 14 digits; at most 100;"
                + " may be empty", example = "[\"+3819\"]") List<String> barredPrefixes) {
    public static final int MAX_PREFIXES = 100;
    private static final Pattern OUTSIDE_LINE_PREFIX = Pattern.compile("[0-9]{1,2}");
    private static final Pattern E164_PREFIX = Pattern.compile("\\+[1-9][0-9]{0,13}");

    public DiallingRulesDraft {
        outsideLinePrefix = outsideLinePrefix == null ? null : outsideLinePrefix.strip();
        barredNumberTypes = barredNumberTypes == null ? null : new LinkedHashSet<>(barredNumberTypes);
        barredPrefixes = barredPrefixes == null ? null : barredPrefixes.stream().map(p -> p == null ? null : p.replaceAll("\\s", ""))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    public void validate() {
        Validator validator = new Validator().required("internationalAllowed", internationalAllowed);
        if (outsideLinePrefix == null) {
            validator.reject("outsideLinePrefix", "is required: 1 or 2 digits, or empty for none");
        } else if (!outsideLinePrefix.isEmpty()) {
            validator.pattern("outsideLinePrefix", outsideLinePrefix, OUTSIDE_LINE_PREFIX, "1 or 2 digits, or empty for none");
        }
        if (barredNumberTypes == null) {
            validator.reject("barredNumberTypes", "is required (it may be empty)");
        } else if (barredNumberTypes.contains(null)) {
            validator.reject("barredNumberTypes", "must not hold null");
        }
        if (barredPrefixes == null) {
            validator.reject("barredPrefixes", "is required (it may be empty)");
        } else {
            if (barredPrefixes.size() > MAX_PREFIXES) {
                validator.reject("barredPrefixes", "must hold at most " + MAX_PREFIXES + " prefixes");
            }
            Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < barredPrefixes.size() && i < MAX_PREFIXES; i++) {
                String prefix = barredPrefixes.get(i);
                if (prefix == null || !E164_PREFIX.matcher(prefix).matches()) {
                    validator.reject("barredPrefixes[" + i + "]", "must be + and 1 to 14 digits, e.g. +3819");
                } else if (!seen.add(prefix)) {
                    validator.reject("barredPrefixes[" + i + "]", "is listed already");
                }
            }
        }
        validator.throwIfInvalid();
    }
}
