package org.centrala.ui.views.shell;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import org.centrala.ui.client.api.TenantsApi;
import org.centrala.ui.client.model.Tenant;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.HomeView;

/**
 * A page about one tenant ({@code tenants/:tenantId/...}). Opening it makes that tenant the current
 * one; a tenant the user may not see is refused by the core, and the page says so.
 */
public abstract class TenantArea extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final String titleKey;
    protected String tenantId;

    protected TenantArea(String titleKey) {
        this.titleKey = titleKey;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        tenantId = event.getRouteParameters().get("tenantId").orElse(null);
        boolean known = CurrentTenant.get().map(t -> t.id().equals(tenantId)).orElse(false);
        if (!known) {
            Tenant tenant = Problems.attempt(() -> SignedIn.required().api(TenantsApi.class, TenantsApi::new).getTenant(tenantId))
                    .orElse(null);
            if (tenant == null) {
                event.forwardTo(HomeView.class);
                return;
            }
            CurrentTenant.set(tenant.getId(), tenant.getName());
        }
        refresh();
    }

    /** Lays the page out again from what the core answers now. */
    protected void refresh() {
        removeAll();
        H2 heading = new H2(Texts.t(titleKey));
        heading.getStyle().set("margin-top", "0");
        add(heading);
        show();
    }

    @Override
    public String getPageTitle() {
        return Texts.t(titleKey) + " · " + CurrentTenant.get().map(CurrentTenant::name).orElse("") + " · " + Texts.t("app.name");
    }

    /** Fills the page below its heading; {@link #tenantId} is set. */
    protected abstract void show();

    protected static SignedIn signedIn() {
        return SignedIn.required();
    }
}
