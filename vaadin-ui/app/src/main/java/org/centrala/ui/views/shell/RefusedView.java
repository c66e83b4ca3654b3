package org.centrala.ui.views.shell;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import org.centrala.ui.components.Texts;
import org.centrala.ui.core.CoreProblem;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.core.SignedIn;

/**
 * A page that could not be shown because the core refused or could not answer while it was being
 * laid out: an ended session leads to sign-in, anything else is said in the core's words, with the
 * core's status and without a stack trace (the core's refusal is no failure of the UI).
 */
public class RefusedView extends VerticalLayout implements HasErrorParameter<CoreRefusedException> {
    private static final long serialVersionUID = 1L;

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<CoreRefusedException> parameter) {
        CoreProblem problem = parameter.getException().problem();
        if (problem.sessionEnded()) {
            VaadinSession.getCurrent().setAttribute(SignedIn.class, null);
            event.forwardTo("signin", new QueryParameters(Map.of("ended", List.of("1"))));
            return 401;
        }
        removeAll();
        add(new H2(Texts.t("refused.title")));
        Paragraph text = new Paragraph(problem.detail() != null ? problem.detail() : Texts.t("problem.unreachable"));
        text.setId("refused");
        text.getElement().setAttribute("role", "alert");
        add(text, new Anchor("", Texts.t("nav.home")));
        return problem.status() == 0 ? 502 : problem.status();
    }
}
