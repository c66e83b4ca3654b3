package org.centrala.ui.views.audit;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.AuditApi;
import org.centrala.ui.client.model.AuditVerification;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.shell.MainLayout;

/** Operators check that the audit log's hash chain is whole (R9): no entry changed or removed. */
@Route(value = "audit-verification", layout = MainLayout.class)
public class AuditVerificationView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public AuditVerificationView() {
        Paragraph result = new Paragraph(Texts.t("audit.verify.explain"));
        result.setId("audit-verification");
        result.getElement().setAttribute("role", "status");
        Button verify = new Button(Texts.t("audit.verify"), click -> Problems.attempt(() ->
                SignedIn.required().api(AuditApi.class, AuditApi::new).verifyAuditLog()).ifPresent(answer -> result.setText(describe(answer))));
        verify.setId("audit-verify");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(Texts.t("audit.verify.title")), result, verify);
    }

    private static String describe(AuditVerification answer) {
        return Boolean.TRUE.equals(answer.getIntact()) ? Texts.t("audit.verify.intact", answer.getEntriesChecked())
                : Texts.t("audit.verify.broken", answer.getFirstBrokenSequence(), answer.getProblem());
    }

    @Override
    public String getPageTitle() {
        return Texts.t("audit.verify.title") + " · " + Texts.t("app.name");
    }
}
