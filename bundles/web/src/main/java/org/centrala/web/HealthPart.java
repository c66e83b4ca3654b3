package org.centrala.web;

/**
 * One part of the node in a {@link HealthReport}.
 *
 * @param name           the part, e.g. {@code database}, {@code rest}, {@code soap},
 *                       {@code bundle centrala-directory}, {@code pbx-links}
 * @param up             whether it works
 * @param gatesReadiness whether the node is not ready while it is down
 * @param detail         what it does or why it is down; never a secret
 */
public record HealthPart(String name, boolean up, boolean gatesReadiness, String detail) {
}
