package org.centrala.directory;

import org.centrala.common.AccessRole;

import java.time.Instant;
import java.util.Set;

/**
 * R4-R7: a user of a tenant. {@code username} is null for back-office users (R5); {@code channels}
 * are the channels it holds licences of (R13); {@code leftAt} is set once it has left (R15);
 * {@code erasedAt} once its personal data was erased (issue 9): its name is then a pseudonym.
 * {@code extension} is its internal number within the tenant (issue 11): what colleagues dial and
 * what FastAGI routing reaches it by; unique within the tenant, freed when the user leaves.
 */
public record User(String id, String tenantId, String departmentId, UserType type, String displayName, String email,
                   String username, String extension, Set<AccessRole> roles, String accessProfileId, Set<String> channels,
                   Instant leftAt, Instant createdAt, Instant updatedAt, Instant erasedAt) {
}
