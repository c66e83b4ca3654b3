package org.centrala.directory;

import org.centrala.common.AccessRole;

/**
 * What a list of users is narrowed to; every part is optional (null) and the parts add up.
 *
 * @param text        free text: a part of the display name, user name or e-mail (any case), or
 *                    the digits of a phone number of one of the user's mobile devices
 * @param username    exactly this user name (any case)
 * @param email       exactly this e-mail address (any case)
 * @param departmentId only this department's users
 * @param type        only users of this type
 * @param role        only users with this access role
 * @param phoneNumber users with a mobile device of this number (its digits, with or without the
 *                    country code or a leading zero)
 * @param left        {@link Left#NO} (the default) only users who have not left, {@link Left#YES}
 *                    only those who have, {@link Left#ANY} both
 * @param extension   exactly this internal extension (R7); digits only
 */
public record UserQuery(String text, String username, String email, String departmentId, UserType type, AccessRole role,
                        String phoneNumber, Left left, String extension) {

    /** Whether users who left are listed. */
    public enum Left { NO, YES, ANY }

    public UserQuery {
        text = blankToNull(text);
        username = blankToNull(username);
        email = blankToNull(email);
        departmentId = blankToNull(departmentId);
        phoneNumber = blankToNull(phoneNumber);
        left = left == null ? Left.NO : left;
        extension = blankToNull(extension);
    }

    /** A query without an extension (the form of version 3.4). */
    public UserQuery(String text, String username, String email, String departmentId, UserType type, AccessRole role,
                     String phoneNumber, Left left) {
        this(text, username, email, departmentId, type, role, phoneNumber, left, null);
    }

    /** Everyone who has not left. */
    public static UserQuery active() {
        return new UserQuery(null, null, null, null, null, null, null, Left.NO);
    }

    /** The same query for one department only. */
    public UserQuery inDepartment(String department) {
        return new UserQuery(text, username, email, department, type, role, phoneNumber, left, extension);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
