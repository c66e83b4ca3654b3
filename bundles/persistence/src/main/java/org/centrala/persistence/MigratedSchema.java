package org.centrala.persistence;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered once a module's tables are migrated, with the module's name in {@value #MODULE}, and
 * kept for as long as the database is there. A concern whose tables refer to another concern's
 * references this marker (target {@code (centrala.schema.module=tenancy)}) instead of that concern's
 * services: it needs the tables to exist, not the other bundle to be running, so updating the other
 * bundle no longer stops it.
 */
@ProviderType
public interface MigratedSchema {
    /** Service property: the module, as passed to {@link Database#migrate}. */
    String MODULE = "centrala.schema.module";

    String module();
}
