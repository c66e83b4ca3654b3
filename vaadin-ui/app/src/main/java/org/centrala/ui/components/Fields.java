package org.centrala.ui.components;

/** What a form's field says to the core. */
public final class Fields {
    private Fields() {
    }

    /** An empty or blank field is no value at all: the core then applies its default or leaves it unset. */
    public static String optional(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
