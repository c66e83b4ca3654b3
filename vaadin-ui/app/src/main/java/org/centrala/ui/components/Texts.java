package org.centrala.ui.components;

import com.vaadin.flow.component.UI;

/**
 * The UI's texts, from {@code vaadin-i18n/translations*.properties} (Vaadin's default I18N
 * provider reads them), so that a translation needs no code change.
 */
public final class Texts {
    private Texts() {
    }

    public static String t(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }
}
