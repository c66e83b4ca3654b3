package org.centrala.directory;

import org.centrala.common.DataScope;

import java.time.Instant;
import java.util.Set;

/** R7, R18: a named set of functions and a data scope that contact-centre users are given. */
public record AccessProfile(String id, String tenantId, String name, Set<String> functions, DataScope scope,
                            Set<String> departmentIds, Instant createdAt, Instant updatedAt) {
}
