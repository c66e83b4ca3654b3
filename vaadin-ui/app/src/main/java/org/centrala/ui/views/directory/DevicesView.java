package org.centrala.ui.views.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeLabel;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.DevicesApi;
import org.centrala.ui.client.api.LicensingApi;
import org.centrala.ui.client.api.UsersApi;
import org.centrala.ui.client.model.Device;
import org.centrala.ui.client.model.DeviceDraft;
import org.centrala.ui.client.model.DeviceKind;
import org.centrala.ui.client.model.DevicePacks;
import org.centrala.ui.client.model.DevicePage;
import org.centrala.ui.client.model.NewDevice;
import org.centrala.ui.client.model.User;
import org.centrala.ui.components.Exports;
import org.centrala.ui.components.Fields;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * The tenant's devices and how much of its device packs they use ("17 of 20", R11). A new SIP
 * device's secret is shown once, right after it is created, and never again.
 */
@Route(value = "tenants/:tenantId/devices", layout = MainLayout.class)
public class DevicesView extends TenantArea {
    private static final long serialVersionUID = 1L;

    /** Whether a SIP phone is registered on the PBX now; mobile phones are in neither list. */
    private enum Registration { REGISTERED, UNREGISTERED }

    private final Span usage = new Span();
    private final TextField search = new TextField();
    private final ComboBox<Registration> registration = new ComboBox<>();

    public DevicesView() {
        super("devices.title");
    }

    @Override
    protected void show() {
        DevicesApi api = signedIn().api(DevicesApi.class, DevicesApi::new);
        Grid<Device> grid = new Grid<>();
        grid.setId("devices");
        grid.addColumn(Device::getLabel).setHeader(Texts.t("device.label")).setFlexGrow(2);
        grid.addColumn(d -> Texts.t("deviceKind." + d.getKind().getValue())).setHeader(Texts.t("device.kind"));
        grid.addColumn(d -> d.getSipUsername() != null ? d.getSipUsername() : d.getMobileNumber()).setHeader(Texts.t("device.address"));
        Paged.show(grid, (page, size) -> {
            DevicePage answer = api.listDevices(tenantId, null, null, Fields.optional(search.getValue()), registration.getValue() == null ? null
                    : Boolean.valueOf(registration.getValue() == Registration.REGISTERED), page, size, null, null);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        search.setId("device-search");
        search.setPlaceholder(Texts.t("devices.search"));
        search.getElement().setAttribute("aria-label", Texts.t("devices.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        // Registration is the PBX's to tell: while the tenant's PBX is not linked the core refuses (409), shown as any refusal.
        registration.setId("device-registration");
        registration.setPlaceholder(Texts.t("devices.registration"));
        registration.getElement().setAttribute("aria-label", Texts.t("devices.registration"));
        registration.setItems(Registration.values());
        registration.setItemLabelGenerator(r -> Texts.t("devices.registration." + r.name().toLowerCase(java.util.Locale.ROOT)));
        registration.setClearButtonVisible(true);
        registration.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        usage.setId("device-usage");
        showUsage();
        Button create = new Button(Texts.t("devices.create"), click -> openCreate(api, grid));
        create.setId("device-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(search, registration, usage, create,
                Exports.link("devices-csv", Texts.t("export.csv"), "devices.csv", signedIn(), this::exportPath));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(tools, grid);
        expand(grid);
    }

    private void showUsage() {
        DevicePacks packs = CoreRefusedException.unchecked(() -> signedIn().api(LicensingApi.class, LicensingApi::new).getDevicePacks(tenantId));
        usage.setText(Texts.t("devices.usage", packs.getDevicesInUse(), packs.getDevicesAllowed(), packs.getPacks()));
    }

    private void openCreate(DevicesApi api, Grid<Device> grid) {
        FormDialog dialog = new FormDialog(Texts.t("devices.create"), Texts.t("action.create"));
        ComboBox<DeviceKind> kind = dialog.field("kind", new ComboBox<>(Texts.t("device.kind")));
        kind.setItems(DeviceKind.values());
        kind.setItemLabelGenerator(k -> Texts.t("deviceKind." + k.getValue()));
        kind.setValue(DeviceKind.SIP_DESK_PHONE);
        TextField label = dialog.field("label", new TextField(Texts.t("device.label")));
        ComboBox<User> owner = dialog.field("ownerUserId", new ComboBox<>(Texts.t("device.owner")));
        UsersApi users = signedIn().api(UsersApi.class, UsersApi::new);
        // Searched in the core as the user types: a tenant may have thousands of users.
        owner.setItems(query -> CoreRefusedException.unchecked(() -> users.listUsers(tenantId, query.getFilter().filter(f -> !f.isBlank())
                .orElse(null), null, null, null, null, null, null, null, null, null, query.getPage(), query.getPageSize(), null, null))
                .getItems().stream());
        owner.setItemLabelGenerator(User::getDisplayName);
        owner.setClearButtonVisible(true);
        TextField mobile = dialog.field("mobileNumber", new TextField(Texts.t("device.mobileNumber")));
        mobile.setHelperText(Texts.t("device.mobileNumber.help"));
        dialog.onSave(() -> api.createDevice(tenantId, new DeviceDraft().kind(kind.getValue()).label(label.getValue())
                .ownerUserId(owner.getValue() == null ? null : owner.getValue().getId())
                .mobileNumber(Fields.optional(mobile.getValue()))), created -> {
            grid.getDataProvider().refreshAll();
            showUsage();
            showSecretOnce(created);
        });
        dialog.open();
    }

    /** The SIP secret exists in this answer only: say so plainly, and offer nothing to see it again. */
    private void showSecretOnce(NewDevice created) {
        if (created.getSipSecret() == null) {
            Problems.done(Texts.t("created", created.getDevice().getLabel()));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(Texts.t("devices.secret.title", created.getDevice().getLabel()));
        NativeLabel userLabel = new NativeLabel(Texts.t("device.sipUsername"));
        Span sipUser = new Span(created.getDevice().getSipUsername());
        sipUser.setId("sip-username");
        NativeLabel secretLabel = new NativeLabel(Texts.t("device.sipSecret"));
        Span secret = new Span(created.getSipSecret());
        secret.setId("sip-secret");
        secret.getStyle().set("font-family", "monospace").set("font-size", "var(--lumo-font-size-l)");
        dialog.add(new Paragraph(Texts.t("devices.secret.once")), userLabel, new Paragraph(sipUser), secretLabel, new Paragraph(secret));
        Button close = new Button(Texts.t("devices.secret.noted"), click -> dialog.close());
        close.setId("sip-secret-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(close);
        dialog.setCloseOnOutsideClick(false);
        dialog.open();
    }

    /** The export holds what the filters show. */
    private String exportPath() {
        StringBuilder path = new StringBuilder("/tenants/" + tenantId + "/devices?format=csv");
        if (!search.isEmpty()) {
            path.append("&q=").append(java.net.URLEncoder.encode(search.getValue(), java.nio.charset.StandardCharsets.UTF_8));
        }
        if (registration.getValue() != null) {
            path.append("&registered=").append(registration.getValue() == Registration.REGISTERED);
        }
        return path.toString();
    }
}
