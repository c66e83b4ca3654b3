package org.centrala.licensing.internal.shell;

import java.util.List;
import java.util.stream.Collectors;

import org.centrala.licensing.QuantityChange;

/** Quantity changes as operators read them: "2 from 2026-12, 5 from 2027-01", or "none". */
final class QuantityChanges {
    private QuantityChanges() {
    }

    static String text(List<QuantityChange> changes) {
        return changes.isEmpty() ? "none"
                : changes.stream().map(change -> change.quantity() + " from " + change.fromMonth()).collect(Collectors.joining(", "));
    }
}
