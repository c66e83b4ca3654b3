package org.centrala.ui.components;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.VaadinSession;

import org.centrala.ui.client.ApiException;
import org.centrala.ui.core.CoreCall;
import org.centrala.ui.core.CoreProblem;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.signin.SignInView;

/**
 * Shows what the core answered when it refused: each field error next to the field it names, the
 * rest as a message; a lost update (412) offers to reload; an ended session leads back to sign-in.
 */
public final class Problems {
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private Runnable reload;

    /** A field of the form, under the name the API gives it in its problem answers. */
    public Problems field(String apiName, HasValidation field) {
        fields.put(apiName, field);
        return this;
    }

    /** What to do when the record changed since it was read (412). */
    public Problems onStale(Runnable reloadAction) {
        this.reload = reloadAction;
        return this;
    }

    /** Runs the call; on refusal shows why and answers empty. */
    public <T> Optional<T> run(CoreCall<T> call) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            return Optional.ofNullable(call.call());
        } catch (ApiException e) {
            show(CoreProblem.of(e));
            return Optional.empty();
        }
    }

    /** For calls without a form. */
    public static <T> Optional<T> attempt(CoreCall<T> call) {
        return new Problems().run(call);
    }

    public void show(CoreProblem problem) {
        if (problem.sessionEnded()) {
            sessionEnded();
            return;
        }
        if (problem.staleVersion() && reload != null) {
            ConfirmDialog dialog = new ConfirmDialog(Texts.t("problem.stale.title"), Texts.t("problem.stale.text"),
                    Texts.t("problem.stale.reload"), event -> reload.run());
            dialog.setCancelable(true);
            dialog.setCancelText(Texts.t("action.cancel"));
            dialog.open();
            return;
        }
        Map<String, String> unplaced = new LinkedHashMap<>();
        problem.fieldErrors().forEach((name, message) -> {
            HasValidation field = fields.get(name);
            if (field == null) {
                unplaced.put(name, message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        if (problem.fieldErrors().isEmpty() || !unplaced.isEmpty()) {
            String text = describe(problem) + (unplaced.isEmpty() ? "" : ": " + unplaced.entrySet().stream()
                    .map(e -> (e.getKey().isEmpty() ? "" : e.getKey() + " ") + e.getValue()).collect(Collectors.joining("; ")));
            error(text);
        }
    }

    static String describe(CoreProblem problem) {
        if (problem.status() == 0) {
            return Texts.t("problem.unreachable");
        }
        if (problem.status() == 503) {
            return Texts.t("problem.updating");
        }
        if (problem.status() == 403) {
            return problem.detail() == null ? Texts.t("problem.forbidden") : problem.detail();
        }
        return problem.detail() != null ? problem.detail() : problem.title() != null ? problem.title() : "HTTP " + problem.status();
    }

    public static void error(String text) {
        Notification notification = Notification.show(text, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void done(String text) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The core no longer knows the session (expired, signed out elsewhere, password changed). */
    public static void sessionEnded() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SignedIn.class, null);
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            ui.navigate(SignInView.class, new com.vaadin.flow.router.QueryParameters(Map.of("ended", java.util.List.of("1"))));
        }
    }
}
