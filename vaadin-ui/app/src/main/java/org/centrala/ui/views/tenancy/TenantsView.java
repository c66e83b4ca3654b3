package org.centrala.ui.views.tenancy;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.ResellersApi;
import org.centrala.ui.client.api.TenantsApi;
import org.centrala.ui.client.model.PageTenant;
import org.centrala.ui.client.model.PbxSettings;
import org.centrala.ui.client.model.Reseller;
import org.centrala.ui.client.model.Tenant;
import org.centrala.ui.client.model.TenantDraft;
import org.centrala.ui.components.Fields;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.shell.MainLayout;

/** Operators see every tenant, reseller administrators their own reseller's; both create tenants here. */
@Route(value = "tenants", layout = MainLayout.class)
public class TenantsView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    private final Grid<Tenant> grid = new Grid<>();
    private final SignedIn signedIn = SignedIn.required();

    public TenantsView() {
        setSizeFull();
        H2 heading = new H2(Texts.t("tenants.title"));
        Button create = new Button(Texts.t("tenants.create"), click -> openCreate());
        create.setId("tenant-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("tenants");
        grid.addColumn(Tenant::getName).setHeader(Texts.t("tenant.name")).setFlexGrow(2);
        grid.addColumn(Tenant::getSignInDomain).setHeader(Texts.t("tenant.signInDomain"));
        grid.addColumn(t -> Texts.t("status." + t.getStatus().getValue())).setHeader(Texts.t("tenant.status"));
        grid.addColumn(t -> t.getPbx() == null ? "" : t.getPbx().getHost() + ":" + t.getPbx().getAmiPort()).setHeader(Texts.t("tenant.pbx"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("tenants/" + click.getItem().getId())));
        TenantsApi tenants = signedIn.api(TenantsApi.class, TenantsApi::new);
        String reseller = signedIn.may().ownReseller().orElse(null);
        Paged.show(grid, (page, size) -> {
            PageTenant answer = tenants.listTenants(reseller, page, size, null);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        add(heading, create, grid);
        expand(grid);
    }

    private void openCreate() {
        FormDialog dialog = new FormDialog(Texts.t("tenants.create"), Texts.t("action.create"));
        TextField name = dialog.field("name", new TextField(Texts.t("tenant.name")));
        name.setRequiredIndicatorVisible(true);
        ComboBox<Reseller> reseller = new ComboBox<>(Texts.t("tenant.reseller"));
        if (signedIn.may().operator()) {
            List<Reseller> resellers = CoreRefusedException.unchecked(() ->
                    signedIn.api(ResellersApi.class, ResellersApi::new).listResellers(0, 500, null)).getItems();
            reseller.setItems(resellers);
            reseller.setItemLabelGenerator(Reseller::getName);
            reseller.setRequiredIndicatorVisible(true);
            dialog.field("resellerId", reseller);
        }
        TextField domain = dialog.field("signInDomain", new TextField(Texts.t("tenant.signInDomain")));
        domain.setHelperText(Texts.t("tenant.signInDomain.help"));
        TextField host = dialog.field("pbx.host", new TextField(Texts.t("pbx.host")));
        IntegerField port = dialog.field("pbx.amiPort", new IntegerField(Texts.t("pbx.amiPort")));
        port.setValue(5038);
        TextField user = dialog.field("pbx.amiUser", new TextField(Texts.t("pbx.amiUser")));
        PasswordField secret = dialog.field("pbx.amiSecret", new PasswordField(Texts.t("pbx.amiSecret")));
        secret.setHelperText(Texts.t("pbx.amiSecret.help"));
        TextField context = dialog.field("pbx.dialplanContext", new TextField(Texts.t("pbx.dialplanContext")));
        TextField trunk = dialog.field("pbx.trunk", new TextField(Texts.t("pbx.trunk")));
        trunk.setHelperText(Texts.t("pbx.trunk.help"));
        dialog.onSave(() -> signedIn.api(TenantsApi.class, TenantsApi::new).createTenant(new TenantDraft()
                .name(name.getValue())
                .resellerId(signedIn.may().operator() ? (reseller.getValue() == null ? null : reseller.getValue().getId())
                        : signedIn.may().ownReseller().orElse(null))
                .signInDomain(Fields.optional(domain.getValue()))
                .pbx(new PbxSettings().host(host.getValue()).amiPort(port.getValue()).amiUser(user.getValue())
                        .amiSecret(secret.getValue()).dialplanContext(context.getValue())
                        .trunk(Fields.optional(trunk.getValue())))), created -> {
            Problems.done(Texts.t("tenants.created", created.getName()));
            grid.getDataProvider().refreshAll();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return Texts.t("tenants.title") + " · " + Texts.t("app.name");
    }
}
