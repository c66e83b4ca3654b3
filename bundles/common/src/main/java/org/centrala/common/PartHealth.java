package org.centrala.common;

import java.util.Objects;

/**
 * The state of one part of the node and a sentence about it for people (never a secret).
 *
 * @param up     whether the part works
 * @param detail what it is doing or why it is down, e.g. "3 links: 2 connected, 1 reconnecting"
 */
public record PartHealth(boolean up, String detail) {
    public PartHealth {
        Objects.requireNonNull(detail, "detail");
    }

    public static PartHealth up(String detail) {
        return new PartHealth(true, detail);
    }

    public static PartHealth down(String detail) {
        return new PartHealth(false, detail);
    }
}
