package org.centrala.ui.components;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;

import org.centrala.ui.core.CoreCall;

/**
 * A dialog with a form whose save goes to the core: the core's field errors appear next to their
 * fields and the dialog stays open with what was typed; on success it closes.
 */
public class FormDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    private final FormLayout form = new FormLayout();
    /** What follows the form's fields (sections with actions of their own), one below the other. */
    private final com.vaadin.flow.component.orderedlayout.VerticalLayout below = new com.vaadin.flow.component.orderedlayout.VerticalLayout();
    private final Problems problems = new Problems();
    private final Button save;

    public FormDialog(String title, String saveText) {
        setHeaderTitle(title);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        below.setPadding(false);
        below.setSpacing(false);
        super.add(form, below);
        save = new Button(saveText);
        save.setId("dialog-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Texts.t("action.cancel"), click -> close());
        cancel.setId("dialog-cancel");
        getFooter().add(cancel, save);
        setCloseOnOutsideClick(false);
    }

    /** A field named as the API names it in its problem answers (and as its element id, for tests and labels). */
    public <F extends Component & HasValidation> F field(String apiName, F field) {
        field.setId("field-" + apiName.replace('.', '-'));
        form.add(field);
        problems.field(apiName, field);
        return field;
    }

    /** Sections below the fields. */
    @Override
    public void add(Component... components) {
        below.add(components);
    }

    /** For a dialog opened over another one: its own ids for its buttons. */
    public FormDialog ids(String prefix) {
        save.setId(prefix + "-save");
        getFooter().getElement().getChildren().filter(child -> "dialog-cancel".equals(child.getAttribute("id")))
                .forEach(child -> child.setAttribute("id", prefix + "-cancel"));
        return this;
    }

    /**
     * A delete button beside the form, behind a confirmation; the core's refusal (a department
     * users still belong to, say) is shown in its words and the record stays.
     */
    public FormDialog deletable(String confirmText, CoreCall<?> delete, Runnable deleted) {
        Button remove = new Button(Texts.t("action.delete"), click -> {
            com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                    Texts.t("action.delete"), confirmText, Texts.t("action.delete"), event -> problems.run(delete).ifPresentOrElse(done -> {
                        close();
                        deleted.run();
                    }, () -> { }));
            confirm.setCancelable(true);
            confirm.setCancelText(Texts.t("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        remove.setId("dialog-delete");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.getStyle().set("margin-right", "auto");
        getFooter().addComponentAsFirst(remove);
        return this;
    }

    /** What to offer when the record changed since the dialog read it (412): typically, read it again. */
    public FormDialog onStale(Runnable reload) {
        problems.onStale(() -> {
            close();
            reload.run();
        });
        return this;
    }

    /** What saving does: runs the call, and on success hands its answer on and closes. */
    public <T> void onSave(CoreCall<T> call, java.util.function.Consumer<T> done) {
        save.addClickListener(click -> {
            Optional<T> answer = problems.run(call);
            answer.ifPresent(value -> {
                close();
                done.accept(value);
            });
        });
    }
}
