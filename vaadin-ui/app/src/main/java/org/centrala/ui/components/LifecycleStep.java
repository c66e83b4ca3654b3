package org.centrala.ui.components;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

import org.centrala.ui.core.CoreCall;

/**
 * A step in the life of a tenant or reseller (suspend, terminate...) behind a confirmation that
 * says what it does; the core refuses a step the record's state does not allow, with a 409 that
 * names the possible one.
 */
public final class LifecycleStep {
    private LifecycleStep() {
    }

    /**
     * @param id         the button's element id
     * @param step       the step's name: its label is {@code lifecycle.<step>}
     * @param confirmKey the text that says what the step does
     */
    public static <T> Button button(String id, String step, boolean dangerous, String confirmKey, CoreCall<T> call, Consumer<T> done) {
        Button button = new Button(Texts.t("lifecycle." + step));
        button.setId(id);
        if (dangerous) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.addClickListener(click -> {
            ConfirmDialog confirm = new ConfirmDialog(Texts.t("lifecycle." + step), Texts.t(confirmKey), Texts.t("lifecycle." + step),
                    event -> Problems.attempt(call).ifPresent(done));
            confirm.setCancelable(true);
            confirm.setCancelText(Texts.t("action.cancel"));
            confirm.setConfirmButtonTheme(dangerous ? "error primary" : "primary");
            confirm.open();
        });
        return button;
    }
}
