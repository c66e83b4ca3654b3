package org.centrala.security.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.centrala.persistence.AccessChanges;

/**
 * What a remembered log-in depends on, as one string: the {@link AccessChanges} generation (users,
 * roles, profiles, passwords, administrators of the store) and the time the node operators' file
 * (etc/users.properties) was last written. A log-in remembered under one stamp is not trusted under
 * another.
 */
final class LoginStamps {
    private final AccessChanges changes;
    private final Path operators;

    /** @param operators etc/users.properties, or null outside Karaf */
    LoginStamps(AccessChanges changes, Path operators) {
        this.changes = changes;
        this.operators = operators;
    }

    String current() {
        return changes.generation() + "/" + operatorsWritten();
    }

    private long operatorsWritten() {
        if (operators == null) {
            return 0;
        }
        try {
            return Files.getLastModifiedTime(operators).toMillis();
        } catch (IOException e) {
            return -1; // no file: no operator can log in from it either
        }
    }
}
