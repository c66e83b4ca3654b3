package org.centrala.ui.views.licensing;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.LicensingApi;
import org.centrala.ui.client.model.DevicePacks;
import org.centrala.ui.client.model.LicencePosition;
import org.centrala.ui.client.model.QuantityRequest;
import org.centrala.ui.components.Fields;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * Licences per channel (how many the tenant has, how many its users hold, R15) and device packs
 * (R11); each can change from a month on, so the billing of past months stays as it was.
 */
@Route(value = "tenants/:tenantId/licences", layout = MainLayout.class)
public class LicencesView extends TenantArea {
    private static final long serialVersionUID = 1L;

    public LicencesView() {
        super("licences.title");
    }

    @Override
    protected void show() {
        LicensingApi api = signedIn().api(LicensingApi.class, LicensingApi::new);
        List<LicencePosition> positions = CoreRefusedException.unchecked(() -> api.listLicencePositions(tenantId));
        Grid<LicencePosition> grid = new Grid<>();
        grid.setId("licences");
        grid.addColumn(LicencePosition::getChannel).setHeader(Texts.t("licence.channel"));
        grid.addColumn(LicencePosition::getLicences).setHeader(Texts.t("licence.licences"));
        grid.addColumn(LicencePosition::getHeld).setHeader(Texts.t("licence.held"));
        grid.addComponentColumn(position -> {
            Button change = new Button(Texts.t("licence.change"), click -> {
                // Read again with its version: the change goes back with it, so someone else's change meanwhile is a 412, not overwritten.
                org.centrala.ui.client.ApiResponse<LicencePosition> read = CoreRefusedException.unchecked(
                        () -> api.getLicencePositionWithHttpInfo(tenantId, position.getChannel()));
                change(Texts.t("licence.change.title", position.getChannel()), read.getData().getLicences(),
                        request -> api.setLicences(tenantId, position.getChannel(), org.centrala.ui.components.Versions.etag(read), request));
            });
            change.setId("licence-change-" + position.getChannel());
            return change;
        });
        grid.setItems(positions);
        grid.setAllRowsVisible(true);
        org.centrala.ui.client.ApiResponse<DevicePacks> packsRead = CoreRefusedException.unchecked(() -> api.getDevicePacksWithHttpInfo(tenantId));
        DevicePacks packs = packsRead.getData();
        Paragraph packText = new Paragraph(Texts.t("devices.usage", packs.getDevicesInUse(), packs.getDevicesAllowed(), packs.getPacks()));
        packText.setId("device-packs");
        Button packChange = new Button(Texts.t("packs.change"), click -> change(Texts.t("packs.change"), packs.getPacks(),
                request -> api.setDevicePacks(tenantId, org.centrala.ui.components.Versions.etag(packsRead), request)));
        packChange.setId("packs-change");
        add(grid, new H3(Texts.t("packs.title")), packText, packChange);
    }

    private <T> void change(String title, Integer current, QuantityCall<T> call) {
        FormDialog dialog = new FormDialog(title, Texts.t("action.save"));
        IntegerField quantity = dialog.field("quantity", new IntegerField(Texts.t("licence.quantity")));
        quantity.setValue(current);
        quantity.setStepButtonsVisible(true);
        quantity.setMin(0);
        TextField from = dialog.field("fromMonth", new TextField(Texts.t("licence.fromMonth")));
        from.setHelperText(Texts.t("licence.fromMonth.help"));
        from.setPlaceholder("YYYY-MM");
        dialog.onSave(() -> call.call(new QuantityRequest().quantity(quantity.getValue())
                .fromMonth(Fields.optional(from.getValue()))), saved -> {
            Problems.done(Texts.t("saved"));
            refresh();
        });
        dialog.open();
    }

    /** A change of a quantity, sent when the dialog is saved. */
    @FunctionalInterface
    private interface QuantityCall<T> {
        T call(QuantityRequest request) throws org.centrala.ui.client.ApiException;
    }
}
