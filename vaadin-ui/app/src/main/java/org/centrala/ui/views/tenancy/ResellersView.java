package org.centrala.ui.views.tenancy;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.ResellersApi;
import org.centrala.ui.client.model.PageReseller;
import org.centrala.ui.client.model.Reseller;
import org.centrala.ui.client.model.ResellerDraft;
import org.centrala.ui.components.Fields;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.shell.MainLayout;

/** Operators: every reseller on the node, and new ones. */
@Route(value = "resellers", layout = MainLayout.class)
public class ResellersView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public ResellersView() {
        setSizeFull();
        ResellersApi api = SignedIn.required().api(ResellersApi.class, ResellersApi::new);
        Grid<Reseller> grid = new Grid<>();
        grid.setId("resellers");
        grid.addColumn(Reseller::getName).setHeader(Texts.t("reseller.name")).setFlexGrow(2);
        grid.addColumn(Reseller::getContactEmail).setHeader(Texts.t("reseller.contactEmail"));
        grid.addColumn(r -> Texts.t("status." + r.getStatus().getValue())).setHeader(Texts.t("tenant.status"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate("resellers/" + click.getItem().getId())));
        Paged.show(grid, (page, size) -> {
            PageReseller answer = api.listResellers(page, size, null);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        Button create = new Button(Texts.t("resellers.create"), click -> {
            FormDialog dialog = new FormDialog(Texts.t("resellers.create"), Texts.t("action.create"));
            TextField name = dialog.field("name", new TextField(Texts.t("reseller.name")));
            EmailField email = dialog.field("contactEmail", new EmailField(Texts.t("reseller.contactEmail")));
            IntegerField retention = dialog.field("retentionDays", new IntegerField(Texts.t("reseller.retentionDays")));
            retention.setValue(90);
            retention.setHelperText(Texts.t("reseller.retentionDays.help"));
            dialog.onSave(() -> api.createReseller(new ResellerDraft().name(name.getValue())
                    .contactEmail(Fields.optional(email.getValue())).retentionDays(retention.getValue())), created -> {
                Problems.done(Texts.t("created", created.getName()));
                grid.getDataProvider().refreshAll();
            });
            dialog.open();
        });
        create.setId("reseller-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2(Texts.t("resellers.title")), create, grid);
        expand(grid);
    }

    @Override
    public String getPageTitle() {
        return Texts.t("resellers.title") + " · " + Texts.t("app.name");
    }
}
