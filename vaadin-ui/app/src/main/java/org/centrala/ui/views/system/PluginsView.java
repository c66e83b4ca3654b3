package org.centrala.ui.views.system;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.PluginsApi;
import org.centrala.ui.client.model.PluginView;
import org.centrala.ui.client.model.SettingOption;
import org.centrala.ui.client.model.SettingView;
import org.centrala.ui.client.model.SettingsUpdate;
import org.centrala.ui.client.model.SettingsView;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.core.SignedIn;
import org.centrala.ui.views.shell.MainLayout;

/**
 * The node's installed plugins (operators), each configuration as a form rendered from the
 * plugin's metatype alone (type, options, default, description): a plugin needs no UI code of its
 * own. Values are checked by the core against the same metatype; a password is write-only.
 */
@Route(value = "plugins", layout = MainLayout.class)
public class PluginsView extends VerticalLayout implements HasDynamicTitle {
    private static final long serialVersionUID = 1L;

    public PluginsView() {
        PluginsApi api = SignedIn.required().api(PluginsApi.class, PluginsApi::new);
        List<PluginView> plugins = CoreRefusedException.unchecked(api::listPlugins);
        add(new H2(Texts.t("plugins.title")));
        if (plugins.isEmpty()) {
            add(new Paragraph(Texts.t("plugins.none")));
        }
        for (PluginView plugin : plugins) {
            H3 title = new H3(plugin.getName() + " " + plugin.getVersion());
            Paragraph about = new Paragraph(plugin.getDescription() + " · " + Texts.t("plugins.state." + plugin.getState()));
            about.setId("plugin-" + plugin.getSymbolicName());
            add(title, about);
            for (SettingsView settings : plugin.getSettings()) {
                add(form(api, plugin.getSymbolicName(), settings));
            }
        }
    }

    private VerticalLayout form(PluginsApi api, String plugin, SettingsView settings) {
        FormLayout form = new FormLayout();
        Problems problems = new Problems();
        Map<String, Supplier<String>> values = new LinkedHashMap<>();
        for (SettingView setting : settings.getAttributes()) {
            Component field = field(setting, values);
            field.setId("setting-" + setting.getId());
            if (field instanceof HasValidation validated) {
                problems.field(setting.getId(), validated);
            }
            form.add(field);
        }
        Button save = new Button(Texts.t("action.save"), click -> {
            Map<String, String> changed = new HashMap<>();
            values.forEach((id, value) -> {
                String text = value.get();
                if (text != null) {
                    changed.put(id, text);
                }
            });
            problems.run(() -> api.updatePluginSettings(plugin, settings.getPid(), new SettingsUpdate().values(changed)))
                    .ifPresent(saved -> Problems.done(Texts.t("saved")));
        });
        save.setId("settings-save-" + settings.getPid());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph description = new Paragraph(settings.getDescription() == null ? "" : settings.getDescription());
        VerticalLayout box = new VerticalLayout(new H4(settings.getName()), description, form, save);
        box.setPadding(false);
        return box;
    }

    /** A field for the setting's type; what it contributes to a save (null: leave as it is). */
    private static Component field(SettingView setting, Map<String, Supplier<String>> values) {
        String label = setting.getName() == null ? setting.getId() : setting.getName();
        String current = String.join(",", setting.getValue().isEmpty() ? setting.getDefaultValue() : setting.getValue());
        AbstractField<?, ?> field;
        if (!setting.getOptions().isEmpty()) {
            Select<String> select = new Select<>();
            select.setLabel(label);
            select.setItems(setting.getOptions().stream().map(SettingOption::getValue).toList());
            Map<String, String> labels = new HashMap<>();
            setting.getOptions().forEach(o -> labels.put(o.getValue(), o.getLabel()));
            select.setItemLabelGenerator(v -> labels.getOrDefault(v, v));
            select.setValue(current.isEmpty() ? null : current);
            values.put(setting.getId(), () -> select.getValue() == null ? "" : select.getValue());
            field = select;
        } else if ("BOOLEAN".equals(setting.getType())) {
            Checkbox box = new Checkbox(label, Boolean.parseBoolean(current));
            values.put(setting.getId(), () -> Boolean.toString(box.getValue()));
            field = box;
        } else if (Boolean.TRUE.equals(setting.getWriteOnly())) {
            PasswordField password = new PasswordField(label);
            password.setHelperText(Texts.t("plugins.password"));
            // Left empty, the password stays as it is: it is never read back to fill the field.
            values.put(setting.getId(), () -> password.isEmpty() ? null : password.getValue());
            field = password;
        } else {
            TextField text = new TextField(label);
            text.setValue(current);
            if (Boolean.TRUE.equals(setting.getMultiple())) {
                text.setHelperText(Texts.t("plugins.multiple"));
            }
            values.put(setting.getId(), text::getValue);
            field = text;
        }
        if (setting.getDescription() != null && field instanceof com.vaadin.flow.component.HasHelper helper && helper.getHelperText() == null) {
            helper.setHelperText(setting.getDescription());
        }
        return field;
    }

    @Override
    public String getPageTitle() {
        return Texts.t("plugins.title") + " · " + Texts.t("app.name");
    }
}
