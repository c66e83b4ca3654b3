package org.centrala.ui.views.shell;

import java.util.Optional;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinSession;

import org.centrala.ui.components.Texts;
import org.centrala.ui.core.Permissions;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.HomeView;
import org.centrala.ui.views.signin.SignInView;

/**
 * The frame of every signed-in page: the areas the user's role offers (from {@code /me}), who is
 * signed in, and sign-out. On a phone the areas fold into a drawer (R12: managers on the move).
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {
    private static final long serialVersionUID = 1L;

    private final SideNav areas = new SideNav();
    private final Span tenantName = new Span();

    public MainLayout() {
        setPrimarySection(Section.DRAWER);
        H1 title = new H1(Texts.t("app.name"));
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        tenantName.setId("current-tenant");
        SignedIn signedIn = SignedIn.required();
        Span user = new Span(signedIn.me().getUsername());
        user.setId("signed-in-as");
        Button signOut = new Button(Texts.t("signout"), click -> signOut());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), title, tenantName, user, signOut);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(tenantName);
        bar.getStyle().set("padding-right", "var(--lumo-space-m)");
        addToNavbar(bar);
        areas.setId("areas");
        areas.getElement().setAttribute("aria-label", Texts.t("nav.label"));
        addToDrawer(areas);
    }

    /** The areas depend on the tenant on screen, so they are laid out again after each navigation. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        SignedIn signedIn = SignedIn.required();
        Permissions may = signedIn.may();
        Optional<CurrentTenant> tenant = CurrentTenant.get();
        tenantName.setText(tenant.map(CurrentTenant::name).orElse(""));
        areas.removeAll();
        areas.addItem(new SideNavItem(Texts.t("nav.home"), HomeView.class));
        if (may.resellers()) {
            areas.addItem(new SideNavItem(Texts.t("nav.resellers"), "resellers"));
        }
        if (may.resellerAdmin()) {
            may.ownReseller().ifPresent(id -> areas.addItem(new SideNavItem(Texts.t("nav.reseller"), "resellers/" + id)));
        }
        if (may.manyTenants()) {
            areas.addItem(new SideNavItem(Texts.t("nav.tenants"), "tenants"));
        }
        tenant.ifPresent(current -> addTenantAreas(current.id(), may));
        if (!may.operator()) {
            // Operators use their own credentials with the API; the core gives them no tokens.
            areas.addItem(new SideNavItem(Texts.t("nav.tokens"), "tokens"));
        }
        if (may.health()) {
            areas.addItem(new SideNavItem(Texts.t("nav.health"), "health"));
            areas.addItem(new SideNavItem(Texts.t("nav.plugins"), "plugins"));
            areas.addItem(new SideNavItem(Texts.t("nav.audit.verification"), "audit-verification"));
        }
    }

    private void addTenantAreas(String tenantId, Permissions may) {
        String base = "tenants/" + tenantId;
        SideNavItem tenant = new SideNavItem(Texts.t("nav.tenant"), base);
        tenant.setExpanded(true);
        if (may.desk()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.desk"), base + "/desk"));
        }
        if (may.tenantAdministration()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.departments"), base + "/departments"));
            tenant.addItem(new SideNavItem(Texts.t("nav.accessProfiles"), base + "/access-profiles"));
        }
        if (may.users()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.users"), base + "/users"));
        }
        if (may.devices()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.devices"), base + "/devices"));
            tenant.addItem(new SideNavItem(Texts.t("nav.lines"), base + "/lines"));
        }
        if (may.provisioning()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.provisioning"), base + "/provisioning"));
        }
        if (may.diallingRules()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.dialling"), base + "/dialling-rules"));
        }
        if (may.licences()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.licences"), base + "/licences"));
        }
        if (may.billing()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.billing"), base + "/billing"));
        }
        if (may.queues()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.queues"), base + "/queues"));
        }
        if (may.statistics()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.wallboard"), base + "/wallboard"));
            tenant.addItem(new SideNavItem(Texts.t("nav.reports"), base + "/reports"));
        }
        if (may.agents()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.agents"), base + "/agents"));
        }
        if (may.calls()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.calls"), base + "/calls"));
        }
        if (may.audit()) {
            tenant.addItem(new SideNavItem(Texts.t("nav.audit"), base + "/audit"));
        }
        areas.addItem(tenant);
    }

    private void signOut() {
        SignedIn.current().ifPresent(SignedIn::logOut);
        VaadinSession session = VaadinSession.getCurrent();
        session.setAttribute(SignedIn.class, null);
        CurrentTenant.clear();
        getUI().ifPresent(ui -> {
            ui.navigate(SignInView.class);
            session.getSession().invalidate();
        });
    }
}
