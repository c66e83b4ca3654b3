package org.centrala.ui.views.directory;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.ApiResponse;
import org.centrala.ui.client.api.DepartmentsApi;
import org.centrala.ui.client.model.Department;
import org.centrala.ui.client.model.DepartmentDraft;
import org.centrala.ui.client.model.DepartmentDraftPatch;
import org.centrala.ui.client.model.PageDepartment;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Paged;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.components.Versions;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/** A tenant's departments; the country decides how its users' numbers are read (R3). */
@Route(value = "tenants/:tenantId/departments", layout = MainLayout.class)
public class DepartmentsView extends TenantArea {
    private static final long serialVersionUID = 1L;

    public DepartmentsView() {
        super("departments.title");
    }

    @Override
    protected void show() {
        DepartmentsApi api = signedIn().api(DepartmentsApi.class, DepartmentsApi::new);
        Grid<Department> grid = new Grid<>();
        grid.setId("departments");
        grid.addColumn(Department::getName).setHeader(Texts.t("department.name"));
        grid.addColumn(Department::getCountryCode).setHeader(Texts.t("department.countryCode"));
        Paged.show(grid, (page, size) -> {
            PageDepartment answer = api.listDepartments(tenantId, page, size, null);
            return Paged.of(answer.getItems(), answer.getTotal());
        });
        grid.addItemClickListener(click -> edit(api, click.getItem().getId(), () -> grid.getDataProvider().refreshAll()));
        Button create = new Button(Texts.t("departments.create"), click -> {
            FormDialog dialog = new FormDialog(Texts.t("departments.create"), Texts.t("action.create"));
            TextField name = dialog.field("name", new TextField(Texts.t("department.name")));
            TextField country = dialog.field("countryCode", new TextField(Texts.t("department.countryCode")));
            country.setHelperText(Texts.t("department.countryCode.help"));
            dialog.onSave(() -> api.createDepartment(tenantId, new DepartmentDraft().name(name.getValue())
                    .countryCode(country.getValue().trim().toUpperCase(java.util.Locale.ROOT))), created -> {
                Problems.done(Texts.t("created", created.getName()));
                grid.getDataProvider().refreshAll();
            });
            dialog.open();
        });
        create.setId("department-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(create, grid);
        expand(grid);
    }

    /** Rename or move a department to another country, or delete it if no one belongs to it any more. */
    private void edit(DepartmentsApi api, String id, Runnable changed) {
        ApiResponse<Department> answer = CoreRefusedException.unchecked(() -> api.getDepartmentWithHttpInfo(tenantId, id));
        FormDialog dialog = new FormDialog(Texts.t("departments.edit"), Texts.t("action.save"));
        TextField name = dialog.field("name", new TextField(Texts.t("department.name")));
        name.setValue(answer.getData().getName());
        TextField country = dialog.field("countryCode", new TextField(Texts.t("department.countryCode")));
        country.setValue(answer.getData().getCountryCode());
        dialog.onStale(() -> edit(api, id, changed));
        dialog.deletable(Texts.t("departments.delete.confirm", answer.getData().getName()), () -> {
            api.deleteDepartment(tenantId, id);
            return Boolean.TRUE;
        }, changed);
        dialog.onSave(() -> api.patchDepartment(tenantId, id, new DepartmentDraftPatch().name(name.getValue())
                .countryCode(country.getValue().trim().toUpperCase(java.util.Locale.ROOT)), Versions.etag(answer)), saved -> {
            Problems.done(Texts.t("saved"));
            changed.run();
        });
        dialog.open();
    }
}
