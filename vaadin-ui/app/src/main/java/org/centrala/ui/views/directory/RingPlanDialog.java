package org.centrala.ui.views.directory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import org.centrala.ui.client.api.DevicesApi;
import org.centrala.ui.client.api.RingPlansApi;
import org.centrala.ui.client.model.Device;
import org.centrala.ui.client.model.RingPlan;
import org.centrala.ui.client.model.RingPlanRequest;
import org.centrala.ui.client.model.RingStep;
import org.centrala.ui.client.model.User;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.core.SignedIn;

/**
 * A user's ring plan as ordered steps: which of the user's devices ring together, for how many
 * seconds, before the next step (R5). Without a stored plan every device rings at once.
 */
final class RingPlanDialog {
    private final FormDialog dialog;
    private final VerticalLayout steps = new VerticalLayout();
    private final Map<String, String> devices;

    RingPlanDialog(String tenantId, User user) {
        SignedIn signedIn = SignedIn.required();
        RingPlansApi api = signedIn.api(RingPlansApi.class, RingPlansApi::new);
        List<Device> owned = CoreRefusedException.unchecked(() -> signedIn.api(DevicesApi.class, DevicesApi::new)
                .listDevices(tenantId, user.getId(), null, null, null, 0, 500, null, null)).getItems();
        devices = owned == null ? Map.of() : owned.stream().collect(Collectors.toMap(Device::getId, Device::getLabel, (a, b) -> a,
                java.util.LinkedHashMap::new));
        // The version shown goes back with the change: someone else's change made meanwhile is a 412, not overwritten.
        org.centrala.ui.client.ApiResponse<RingPlan> read = CoreRefusedException.unchecked(() -> api.getRingPlanWithHttpInfo(tenantId, user.getId()));
        RingPlan plan = read.getData();
        String etag = org.centrala.ui.components.Versions.etag(read);
        dialog = new FormDialog(Texts.t("ringPlan.title", user.getDisplayName()), Texts.t("action.save")).ids("ring-plan");
        steps.setId("ring-steps");
        steps.setPadding(false);
        Paragraph note = new Paragraph(Texts.t(Boolean.TRUE.equals(plan.getStored()) ? "ringPlan.stored" : "ringPlan.default"));
        if (plan.getSteps() != null) {
            plan.getSteps().forEach(this::addStep);
        }
        Button add = new Button(Texts.t("ringPlan.addStep"), VaadinIcon.PLUS.create(), click -> addStep(new RingStep().ringSeconds(20)));
        add.setId("ring-step-add");
        Button reset = new Button(Texts.t("ringPlan.reset"), click -> Problems.attempt(() -> api.resetRingPlan(tenantId, user.getId()))
                .ifPresent(done -> {
                    dialog.close();
                    Problems.done(Texts.t("ringPlan.resetDone"));
                }));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        dialog.add(note, steps, new HorizontalLayout(add, reset));
        dialog.onSave(() -> api.setRingPlan(tenantId, user.getId(), etag, new RingPlanRequest().steps(read())),
                saved -> Problems.done(Texts.t("saved")));
        dialog.setWidth("min(48em, 100vw)");
    }

    void open() {
        dialog.open();
    }

    private void addStep(RingStep step) {
        MultiSelectComboBox<String> which = new MultiSelectComboBox<>(Texts.t("ringPlan.devices"));
        which.setItems(devices.keySet());
        which.setItemLabelGenerator(id -> devices.getOrDefault(id, id));
        if (step.getDeviceIds() != null) {
            which.setValue(new LinkedHashSet<>(step.getDeviceIds()));
        }
        IntegerField seconds = new IntegerField(Texts.t("ringPlan.seconds"));
        seconds.setValue(step.getRingSeconds());
        seconds.setStepButtonsVisible(true);
        HorizontalLayout row = new HorizontalLayout(which, seconds);
        Button up = new Button(VaadinIcon.ARROW_UP.create(), click -> {
            int at = steps.indexOf(row);
            if (at > 0) {
                steps.addComponentAtIndex(at - 1, row);
            }
        });
        up.getElement().setAttribute("aria-label", Texts.t("ringPlan.up"));
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> steps.remove(row));
        remove.addClassName("ring-step-remove");
        remove.getElement().setAttribute("aria-label", Texts.t("ringPlan.remove"));
        row.add(up, remove);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        steps.add(row);
    }

    @SuppressWarnings("unchecked")
    private List<RingStep> read() {
        List<RingStep> read = new ArrayList<>();
        steps.getChildren().forEach(child -> {
            HorizontalLayout row = (HorizontalLayout) child;
            MultiSelectComboBox<String> which = (MultiSelectComboBox<String>) row.getComponentAt(0);
            IntegerField seconds = (IntegerField) row.getComponentAt(1);
            read.add(new RingStep().deviceIds(new ArrayList<>(which.getValue())).ringSeconds(seconds.getValue()));
        });
        return read;
    }
}
