package org.centrala.ui.views.signin;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import org.centrala.ui.client.ApiException;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.Core;
import org.centrala.ui.core.CoreProblem;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.HomeView;
import org.centrala.ui.views.shell.CurrentTenant;

/**
 * Sign-in with the same users as the API: operators, reseller administrators and tenant users
 * with a password ({@code name@domain}). While the core is not ready the page says so and checks
 * again every two seconds instead of failing.
 */
@Route("signin")
public class SignInView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;
    private static final int READINESS_POLL_MILLIS = 2000;

    private final TextField username = new TextField();
    private final PasswordField password = new PasswordField();
    private final Button signIn = new Button();
    private final Paragraph status = new Paragraph();
    private final Paragraph coreStatus = new Paragraph();

    public SignInView() {
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        H1 title = new H1(Texts.t("app.name"));
        username.setLabel(Texts.t("signin.username"));
        username.setHelperText(Texts.t("signin.username.help"));
        username.setId("username");
        username.setAutofocus(true);
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.USERNAME);
        password.setLabel(Texts.t("signin.password"));
        password.setId("password");
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        signIn.setText(Texts.t("signin.submit"));
        signIn.setId("sign-in");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.addClickListener(click -> signIn());
        status.setId("signin-status");
        status.getElement().setAttribute("role", "status");
        coreStatus.setId("core-status");
        coreStatus.getElement().setAttribute("role", "status");
        VerticalLayout form = new VerticalLayout(title, coreStatus, status, username, password, signIn);
        form.setMaxWidth("22em");
        form.setPadding(false);
        username.setWidthFull();
        password.setWidthFull();
        signIn.setWidthFull();
        add(form);
        addAttachListener(attach -> attach.getUI().addPollListener(poll -> checkCore()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (SignedIn.current().isPresent()) {
            event.forwardTo(HomeView.class);
            return;
        }
        boolean ended = event.getLocation().getQueryParameters().getParameters().containsKey("ended");
        status.setText(ended ? Texts.t("signin.ended") : "");
        checkCore();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("signin.title");
    }

    /** Open the form once the core is ready; until then say why it is closed and look again shortly. */
    private void checkCore() {
        Core.Readiness readiness = Core.current().readiness();
        boolean ready = readiness.ready();
        signIn.setEnabled(ready);
        coreStatus.setVisible(!ready);
        coreStatus.setText(ready ? "" : Texts.t(readiness.reachable() ? "signin.core.starting" : "signin.core.unreachable"));
        getUI().ifPresent(ui -> ui.setPollInterval(ready ? -1 : READINESS_POLL_MILLIS));
    }

    private void signIn() {
        username.setInvalid(false);
        password.setInvalid(false);
        if (username.isEmpty() || password.isEmpty()) {
            (username.isEmpty() ? username : password).setInvalid(true);
            (username.isEmpty() ? username : password).setErrorMessage(Texts.t("form.required"));
            return;
        }
        VaadinRequest request = VaadinRequest.getCurrent();
        try {
            SignedIn signedIn = SignedIn.logIn(Core.current(), username.getValue().trim(), password.getValue(), request.getRemoteAddr());
            // A new HTTP session for the signed-in user: an id seen before sign-in is worth nothing after it.
            VaadinService.reinitializeSession(request);
            VaadinSession.getCurrent().setAttribute(SignedIn.class, signedIn);
            if (signedIn.me().getTenant() != null) {
                CurrentTenant.set(signedIn.me().getTenant().getId(), signedIn.me().getTenant().getName());
            }
            password.clear();
            getUI().ifPresent(ui -> ui.navigate(HomeView.class));
        } catch (ApiException e) {
            CoreProblem problem = CoreProblem.of(e);
            password.clear();
            if (problem.status() == 401) {
                password.setErrorMessage(Texts.t("signin.refused"));
                password.setInvalid(true);
            } else if (problem.status() == 429) {
                status.setText(problem.detail() != null ? problem.detail() : Texts.t("signin.throttled"));
            } else {
                new Problems().show(problem);
            }
        }
    }
}
