package org.centrala.directory;

import java.util.Set;
import java.util.regex.Pattern;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.AccessRole;
import org.centrala.common.Validator;
import org.centrala.tenancy.Names;

/** What a client sends to create or replace a user. */
public record UserDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) UserType type,
                        String departmentId,
                        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Marko Agent") String displayName,
                        @Schema(example = "marko@globex.example") String email,
                        @Schema(example = "marko") String username,
                        Set<AccessRole> roles,
                        String accessProfileId,
                        @Schema(example = "204", description = "The internal number colleagues dial (2 to 8 digits, not"
                                + " starting with 0), unique within the tenant; absent: reached by no number") String extension) {
    /** The draft that describes a user as it is: what a {@code PATCH} applies its changes to. */
    public static UserDraft of(User user) {
        return new UserDraft(user.type(), user.departmentId(), user.displayName(), user.email(), user.username(), user.roles(),
                user.accessProfileId(), user.extension());
    }

    /** A draft without an extension: the user is reached by no internal number. */
    public UserDraft(UserType type, String departmentId, String displayName, String email, String username,
                     Set<AccessRole> roles, String accessProfileId) {
        this(type, departmentId, displayName, email, username, roles, accessProfileId, null);
    }

    // No "@": names with one are reseller administrators' e-mail log-ins, so the two never clash.
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,99}");
    // No leading 0: it is the usual prefix for an outside line.
    private static final Pattern EXTENSION = Pattern.compile("[1-9][0-9]{1,7}");

    public UserDraft {
        departmentId = Names.trim(departmentId);
        displayName = Names.trim(displayName);
        email = Names.trim(email);
        username = Names.trim(username);
        accessProfileId = Names.trim(accessProfileId);
        extension = Names.trim(extension);
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public void validate() {
        Validator validator = new Validator()
                .required("type", type)
                .required("displayName", displayName).maxLength("displayName", displayName, Names.MAX_LENGTH)
                .maxLength("email", email, 254).email("email", email)
                .pattern("extension", extension, EXTENSION, "2 to 8 digits, not starting with 0");
        if (type == UserType.BACK_OFFICE) {
            // R5: a back-office user never logs in, so it has nothing that a log-in would need.
            if (username != null) {
                validator.reject("username", "must be absent: a back-office user never logs in (R5)");
            }
            if (!roles.isEmpty()) {
                validator.reject("roles", "must be empty: access roles are for users who log in (R5, R16)");
            }
            if (accessProfileId != null) {
                validator.reject("accessProfileId", "must be absent: a back-office user never logs in (R5)");
            }
        } else if (type == UserType.CONTACT_CENTRE) {
            validator.required("username", username)
                    .pattern("username", username, USERNAME, "3 to 100 lower-case letters, digits, '.', '_' or '-'");
        }
        validator.throwIfInvalid();
    }
}
