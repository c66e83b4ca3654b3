package org.centrala.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One versioned step of a module's schema: SQL statements separated by a semicolon at the end of
 * a line. Once released, a migration is never edited; a change is a new version.
 */
public record Migration(int version, String description, String sql) {

    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1, not " + version);
        }
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(sql, "sql");
    }

    /**
     * Reads a migration from a resource next to {@code anchor}'s package root, which works both
     * in a bundle (the bundle's own class loader) and on a plain class path in unit tests.
     */
    public static Migration fromResource(int version, String description, Class<?> anchor, String resource) {
        try (InputStream in = anchor.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new MigrationException("migration resource " + resource + " is missing from " + anchor.getName() + "'s bundle");
            }
            return new Migration(version, description, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MigrationException("cannot read migration resource " + resource, e);
        }
    }

    /** SHA-256 of the SQL with line endings normalised, to detect edits of applied migrations. */
    public String checksum() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(sql.replace("\r\n", "\n").strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
