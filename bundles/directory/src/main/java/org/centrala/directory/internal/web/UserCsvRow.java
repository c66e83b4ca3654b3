package org.centrala.directory.internal.web;

import java.util.TreeSet;
import java.util.stream.Collectors;

import org.centrala.directory.User;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A user as a row of the users' CSV export; several values in one cell are separated by a blank. */
@JsonPropertyOrder({"id", "displayName", "type", "username", "email", "departmentId", "roles", "channels", "accessProfileId", "leftAt", "createdAt"})
record UserCsvRow(String id, String displayName, String type, String username, String email, String departmentId, String roles,
                  String channels, String accessProfileId, String leftAt, String createdAt) {

    static UserCsvRow of(User user) {
        return new UserCsvRow(user.id(), user.displayName(), user.type().name(), user.username(), user.email(), user.departmentId(),
                user.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(" ")),
                String.join(" ", new TreeSet<>(user.channels())), user.accessProfileId(),
                user.leftAt() == null ? null : user.leftAt().toString(), user.createdAt().toString());
    }
}
