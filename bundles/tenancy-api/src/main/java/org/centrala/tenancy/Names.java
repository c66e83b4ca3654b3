package org.centrala.tenancy;

import java.util.Locale;

/** Names of resellers, tenants and departments: how long they may be and when two are the same. */
public final class Names {
    public static final int MAX_LENGTH = 100;

    private Names() {
    }

    /** Leading and trailing blanks are not part of any value a client sends; null stays null. */
    public static String trim(String value) {
        return value == null ? null : value.strip();
    }

    /** Two names are duplicates when their keys are equal: case and surrounding blanks do not count. */
    public static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
