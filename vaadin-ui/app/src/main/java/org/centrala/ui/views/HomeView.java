package org.centrala.ui.views;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.model.Me;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.Permissions;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.shell.MainLayout;

/** The first page after sign-in: who you are here and where to start. */
@Route(value = "", layout = MainLayout.class)
public class HomeView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public HomeView() {
        SignedIn signedIn = SignedIn.required();
        Me me = signedIn.me();
        Permissions may = signedIn.may();
        H2 welcome = new H2(Texts.t("home.welcome", me.getUser() != null ? me.getUser().getDisplayName() : me.getUsername()));
        welcome.setId("welcome");
        String role = may.operator() ? Texts.t("home.role.operator")
                : may.resellerAdmin() ? Texts.t("home.role.reseller", me.getReseller() == null ? "" : me.getReseller().getName())
                : Texts.t("home.role.tenant", me.getTenant() == null ? "" : me.getTenant().getName(),
                        me.getRoles() == null || me.getRoles().isEmpty() ? Texts.t("home.role.none")
                                : String.join(", ", me.getRoles().stream().map(r -> Texts.t("role." + r.getValue())).toList()));
        Paragraph who = new Paragraph(role);
        who.setId("role");
        Paragraph start = new Paragraph(Texts.t(may.manyTenants() ? "home.start.tenants" : "home.start.tenant"));
        add(welcome, who, start);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("nav.home") + " · " + Texts.t("app.name");
    }
}
