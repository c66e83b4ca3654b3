package org.centrala.ui.views.tenancy;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.BillingApi;
import org.centrala.ui.client.api.ResellersApi;
import org.centrala.ui.client.api.SecurityApi;
import org.centrala.ui.client.model.BillingStatement;
import org.centrala.ui.client.model.CredentialRequest;
import org.centrala.ui.client.model.Reseller;
import org.centrala.ui.client.model.ResellerAdmin;
import org.centrala.ui.client.model.TenantStatus;
import org.centrala.ui.components.Exports;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.LifecycleStep;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.CoreCall;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.HomeView;
import org.centrala.ui.views.shell.MainLayout;

/**
 * One reseller: its administrators, its lifecycle (operators), and the month's statements of all
 * its tenants with their CSV (R17).
 */
@Route(value = "resellers/:resellerId", layout = MainLayout.class)
public class ResellerView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private String resellerId;
    private final TextField month = new TextField();

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        resellerId = event.getRouteParameters().get("resellerId").orElse(null);
        if (!render()) {
            event.forwardTo(HomeView.class);
        }
    }

    private boolean render() {
        removeAll();
        SignedIn signedIn = SignedIn.required();
        Reseller reseller = Problems.attempt(() -> signedIn.api(ResellersApi.class, ResellersApi::new).getReseller(resellerId)).orElse(null);
        if (reseller == null) {
            return false;
        }
        H2 title = new H2(reseller.getName());
        Paragraph state = new Paragraph(Texts.t("status." + reseller.getStatus().getValue()));
        state.setId("reseller-status");
        add(title, state);
        if (signedIn.may().operator()) {
            add(lifecycle(reseller));
        }
        add(new H3(Texts.t("reseller.admins")), admins(signedIn));
        if (signedIn.may().resellerAdmin()) {
            // Statements are the reseller's own business: operators do not read them (the core agrees).
            add(new H3(Texts.t("reseller.statements")), statements(signedIn), new H3(Texts.t("prices.title")), new PricesSection(resellerId));
        }
        return true;
    }

    private HorizontalLayout lifecycle(Reseller reseller) {
        ResellersApi api = SignedIn.required().api(ResellersApi.class, ResellersApi::new);
        HorizontalLayout actions = new HorizontalLayout();
        TenantStatus status = reseller.getStatus();
        if (status == TenantStatus.ACTIVE) {
            actions.add(step("suspend", false, () -> api.suspendReseller(resellerId)));
        }
        if (status == TenantStatus.SUSPENDED) {
            actions.add(step("reactivate", false, () -> api.reactivateReseller(resellerId)));
        }
        if (status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED) {
            actions.add(step("terminate", true, () -> api.terminateReseller(resellerId)));
        }
        if (status == TenantStatus.TERMINATED) {
            actions.add(step("withdraw", false, () -> api.withdrawResellerTermination(resellerId)));
        }
        return actions;
    }

    private Button step(String name, boolean dangerous, CoreCall<Reseller> call) {
        return LifecycleStep.button("reseller-" + name, name, dangerous, "lifecycle.reseller." + name + ".confirm", call, done -> render());
    }

    private VerticalLayout admins(SignedIn signedIn) {
        SecurityApi api = signedIn.api(SecurityApi.class, SecurityApi::new);
        Grid<ResellerAdmin> grid = new Grid<>();
        grid.setId("reseller-admins");
        grid.addColumn(ResellerAdmin::getUsername).setHeader(Texts.t("reseller.admin.email"));
        grid.addComponentColumn(admin -> new Button(Texts.t("action.remove"), click -> Problems.attempt(() -> {
            api.deleteResellerAdmin(resellerId, admin.getUsername());
            return Boolean.TRUE;
        }).ifPresent(ok -> render())));
        List<ResellerAdmin> admins = Problems.attempt(() -> api.listResellerAdmins(resellerId)).orElse(List.of());
        grid.setItems(admins);
        grid.setAllRowsVisible(true);
        Button add = new Button(Texts.t("reseller.admin.add"), click -> {
            FormDialog dialog = new FormDialog(Texts.t("reseller.admin.add"), Texts.t("action.create"));
            EmailField email = dialog.field("email", new EmailField(Texts.t("reseller.admin.email")));
            PasswordField password = dialog.field("password", new PasswordField(Texts.t("signin.password")));
            dialog.onSave(() -> api.createResellerAdmin(resellerId, new CredentialRequest().email(email.getValue())
                    .password(password.getValue())), created -> render());
            dialog.open();
        });
        add.setId("reseller-admin-add");
        VerticalLayout box = new VerticalLayout(add, grid);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout statements(SignedIn signedIn) {
        month.setLabel(Texts.t("billing.month"));
        month.setId("statements-month");
        if (month.isEmpty()) {
            month.setValue(YearMonth.now(ZoneOffset.UTC).toString());
        }
        Grid<BillingStatement> grid = new Grid<>();
        grid.setId("reseller-statements");
        grid.addColumn(BillingStatement::getTenantName).setHeader(Texts.t("tenant.name"));
        grid.addColumn(BillingStatement::getTotal).setHeader(Texts.t("billing.amount"));
        grid.addColumn(BillingStatement::getCurrency).setHeader(Texts.t("billing.currency"));
        grid.setAllRowsVisible(true);
        Runnable load = () -> grid.setItems(new Problems().field("month", month).run(() -> signedIn.api(BillingApi.class, BillingApi::new)
                .listResellerStatements(resellerId, month.getValue().trim(), null)).orElse(List.of()));
        month.addValueChangeListener(change -> load.run());
        load.run();
        HorizontalLayout tools = new HorizontalLayout(month, Exports.link("statements-csv", Texts.t("export.csv"), "statements.csv", signedIn,
                () -> "/resellers/" + resellerId + "/billing/" + month.getValue().trim() + "?format=csv"));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout box = new VerticalLayout(tools, grid);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("nav.reseller") + " · " + Texts.t("app.name");
    }
}
