package org.centrala.ui.views.pbx;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Route;

import org.centrala.ui.client.api.DiallingRulesApi;
import org.centrala.ui.client.model.DiallingRules;
import org.centrala.ui.client.model.DiallingRulesDraft;
import org.centrala.ui.client.model.NumberType;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.components.Versions;
import org.centrala.ui.views.shell.MainLayout;
import org.centrala.ui.views.shell.TenantArea;

/**
 * What the tenant's phones may dial outside (issue 11, item 10): the outside-line prefix,
 * international calls, barred kinds of numbers and barred beginnings. Administrators and
 * technicians change them here; they apply to the next call and to click-to-call.
 */
@Route(value = "tenants/:tenantId/dialling-rules", layout = MainLayout.class)
public class DiallingRulesView extends TenantArea {
    private static final long serialVersionUID = 1L;

    public DiallingRulesView() {
        super("dialling.title");
    }

    @Override
    protected void show() {
        DiallingRulesApi api = signedIn().api(DiallingRulesApi.class, DiallingRulesApi::new);
        Problems.attempt(() -> api.getDiallingRulesWithHttpInfo(tenantId)).ifPresent(answer -> render(api, answer.getData(),
                Versions.etag(answer)));
    }

    /** @param etag the version shown, so that a change made meanwhile by someone else is a 412, not overwritten */
    private void render(DiallingRulesApi api, DiallingRules rules, String etag) {
        add(line("dialling-stored", Texts.t(Boolean.TRUE.equals(rules.getStored()) ? "dialling.stored" : "dialling.defaults")));
        String prefix = rules.getOutsideLinePrefix();
        add(line("dialling-prefix", prefix == null || prefix.isEmpty() ? Texts.t("dialling.prefix.none")
                : Texts.t("dialling.prefix.is", prefix)));
        add(line("dialling-international", Texts.t(Boolean.TRUE.equals(rules.getInternationalAllowed())
                ? "dialling.international.allowed" : "dialling.international.barred")));
        add(line("dialling-types", Texts.t("dialling.types.barred", rules.getBarredNumberTypes() == null
                || rules.getBarredNumberTypes().isEmpty() ? "—" : rules.getBarredNumberTypes().stream().map(DiallingRulesView::words)
                .sorted().collect(Collectors.joining(", ")))));
        add(line("dialling-prefixes", Texts.t("dialling.prefixes.barred", rules.getBarredPrefixes() == null
                || rules.getBarredPrefixes().isEmpty() ? "—" : String.join(", ", rules.getBarredPrefixes()))));
        Button change = new Button(Texts.t("dialling.change"), click -> edit(api, rules, etag));
        change.setId("dialling-change");
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button reset = new Button(Texts.t("dialling.reset"), click -> Problems.attempt(() -> api.resetDiallingRules(tenantId))
                .ifPresent(defaults -> {
                    Problems.done(Texts.t("saved"));
                    refresh();
                }));
        reset.setId("dialling-reset");
        reset.setEnabled(Boolean.TRUE.equals(rules.getStored()));
        add(new HorizontalLayout(change, reset));
    }

    private void edit(DiallingRulesApi api, DiallingRules rules, String etag) {
        FormDialog dialog = new FormDialog(Texts.t("dialling.change"), Texts.t("action.save"));
        TextField prefix = dialog.field("outsideLinePrefix", new TextField(Texts.t("dialling.prefix")));
        prefix.setHelperText(Texts.t("dialling.prefix.help"));
        prefix.setValue(rules.getOutsideLinePrefix() == null ? "" : rules.getOutsideLinePrefix());
        Checkbox international = dialog.field("internationalAllowed", new Checkbox(Texts.t("dialling.international")));
        international.setValue(Boolean.TRUE.equals(rules.getInternationalAllowed()));
        MultiSelectComboBox<NumberType> types = dialog.field("barredNumberTypes",
                new MultiSelectComboBox<>(Texts.t("dialling.types")));
        types.setItems(Arrays.stream(NumberType.values()).sorted(Comparator.comparing(DiallingRulesView::words)).toList());
        types.setItemLabelGenerator(DiallingRulesView::words);
        types.setValue(rules.getBarredNumberTypes() == null ? java.util.Set.of() : rules.getBarredNumberTypes());
        TextField prefixes = dialog.field("barredPrefixes", new TextField(Texts.t("dialling.prefixes")));
        prefixes.setHelperText(Texts.t("dialling.prefixes.help"));
        prefixes.setValue(rules.getBarredPrefixes() == null ? "" : String.join(", ", rules.getBarredPrefixes()));
        dialog.ids("dialling");
        dialog.onStale(this::refresh);
        dialog.onSave(() -> api.setDiallingRules(tenantId, etag, new DiallingRulesDraft().outsideLinePrefix(prefix.getValue())
                .internationalAllowed(international.getValue()).barredNumberTypes(types.getValue())
                .barredPrefixes(list(prefixes.getValue()))), saved -> {
                    Problems.done(Texts.t("saved"));
                    refresh();
                });
        dialog.open();
    }

    /** "+3819, +881" as the API's list; blanks and empty entries are dropped. */
    private static List<String> list(String typed) {
        return Arrays.stream(typed.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** PREMIUM_RATE as "premium rate". */
    private static String words(NumberType type) {
        return type.getValue().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static Paragraph line(String id, String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.setId(id);
        return paragraph;
    }
}
