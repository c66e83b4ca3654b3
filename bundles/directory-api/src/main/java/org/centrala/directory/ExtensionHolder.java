package org.centrala.directory;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Something a tenant's internal number reaches: its users, its queues, what a plugin adds
 * (issue 11). Each concern that hands out extensions registers one, with {@link #KIND} naming it;
 * before it gives an extension it asks every other holder, so that one number never reaches two
 * things and the routing never has to guess.
 */
@ConsumerType
public interface ExtensionHolder {
    /** Service property: what this holder gives extensions to, e.g. {@code users} or {@code queues}. */
    String KIND = "centrala.extension.holder";

    /**
     * Who has the extension in the tenant, in words for people ({@code "queue 'Support'"}), or
     * empty when this holder gave it to nothing.
     */
    Optional<String> holderOf(String tenantId, String extension);

    /** Who, among these holders, has the extension in the tenant: the first answer, or empty. */
    static Optional<String> holderAmong(Iterable<ExtensionHolder> holders, String tenantId, String extension) {
        for (ExtensionHolder holder : holders) {
            Optional<String> found = holder.holderOf(tenantId, extension);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}
