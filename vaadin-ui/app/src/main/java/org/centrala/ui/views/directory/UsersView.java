package org.centrala.ui.views.directory;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.UsersApi;
import org.centrala.ui.client.model.User;
import org.centrala.ui.client.model.UserPage;
import org.centrala.ui.client.model.UserType;
import org.centrala.ui.components.Exports;
import org.centrala.ui.components.Fields;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Texts;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * The tenant's users of both types (R1): search, filters, a lazily paged list, CSV export of every
 * match, and a dialog per user for roles, access profile, channels, password and ring plan.
 */
@Route(value = "tenants/:tenantId/users", layout = MainLayout.class)
public class UsersView extends TenantArea {
    private static final long serialVersionUID = 1L;

    private final TextField search = new TextField();
    private final ComboBox<UserType> type = new ComboBox<>();
    private final Checkbox includeLeft = new Checkbox();

    public UsersView() {
        super("users.title");
    }

    @Override
    protected void show() {
        UsersApi api = signedIn().api(UsersApi.class, UsersApi::new);
        Map<String, String> departments = DepartmentNames.of(tenantId);
        Grid<User> grid = new Grid<>();
        grid.setId("users");
        grid.addColumn(User::getDisplayName).setHeader(Texts.t("user.displayName")).setFlexGrow(2);
        grid.addColumn(User::getUsername).setHeader(Texts.t("user.username"));
        grid.addColumn(User::getExtension).setHeader(Texts.t("user.extension"));
        grid.addColumn(u -> Texts.t("userType." + u.getType().getValue())).setHeader(Texts.t("user.type"));
        grid.addColumn(u -> departments.getOrDefault(u.getDepartmentId(), "")).setHeader(Texts.t("user.department"));
        grid.addColumn(u -> u.getRoles() == null ? "" : u.getRoles().stream().map(r -> Texts.t("role." + r.getValue()))
                .collect(Collectors.joining(", "))).setHeader(Texts.t("user.roles"));
        grid.addColumn(u -> u.getLeftAt() == null ? "" : Texts.t("user.left")).setHeader(Texts.t("user.status"));
        Paged.show(grid, (page, size) -> {
            UserPage answer = api.listUsers(tenantId, Fields.optional(search.getValue()), null, null, null,
                    type.getValue() == null ? null : type.getValue().getValue(), null, null, null, null,
                    includeLeft.getValue() ? "true" : null, page, size, null, null);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        grid.addItemClickListener(click -> new UserDialog(tenantId, click.getItem().getId(), departments,
                () -> grid.getDataProvider().refreshAll()).open());

        search.setPlaceholder(Texts.t("users.search"));
        search.getElement().setAttribute("aria-label", Texts.t("users.search"));
        search.setId("user-search");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        type.setPlaceholder(Texts.t("user.type"));
        type.getElement().setAttribute("aria-label", Texts.t("user.type"));
        type.setItems(UserType.values());
        type.setItemLabelGenerator(t -> Texts.t("userType." + t.getValue()));
        type.setClearButtonVisible(true);
        includeLeft.setLabel(Texts.t("users.includeLeft"));
        search.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        includeLeft.addValueChangeListener(change -> grid.getDataProvider().refreshAll());

        Button create = new Button(Texts.t("users.create"), click -> UserDialog.create(tenantId, departments,
                () -> grid.getDataProvider().refreshAll()).open());
        create.setId("user-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout tools = new HorizontalLayout(search, type, includeLeft, create,
                Exports.link("users-csv", Texts.t("export.csv"), "users.csv", signedIn(), this::exportPath));
        tools.setAlignItems(FlexComponent.Alignment.BASELINE);
        tools.setWrap(true);
        add(tools, grid);
        expand(grid);
    }

    private String exportPath() {
        StringBuilder path = new StringBuilder("/tenants/" + tenantId + "/users?format=csv");
        if (!search.isEmpty()) {
            path.append("&q=").append(URLEncoder.encode(search.getValue(), StandardCharsets.UTF_8));
        }
        if (type.getValue() != null) {
            path.append("&type=").append(type.getValue().getValue());
        }
        if (includeLeft.getValue()) {
            path.append("&includeLeft=true");
        }
        return path.toString();
    }
}
