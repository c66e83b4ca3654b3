package org.centrala.ui.views.tenancy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.centrala.ui.client.api.BillingApi;
import org.centrala.ui.client.api.LicensingApi;
import org.centrala.ui.client.model.Channel;
import org.centrala.ui.client.model.Price;
import org.centrala.ui.client.model.PriceList;
import org.centrala.ui.components.Fields;
import org.centrala.ui.components.FormDialog;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.CoreRefusedException;
import org.centrala.ui.core.SignedIn;

/**
 * A reseller's prices (R17): the list in force this month, and a new list from a month on; a
 * closed month keeps what it was billed at (the core refuses a change to it).
 */
final class PricesSection extends VerticalLayout {
    private static final long serialVersionUID = 1L;

    private final String resellerId;
    private final BillingApi billing;
    private final Grid<Price> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    PricesSection(String resellerId) {
        this.resellerId = resellerId;
        this.billing = SignedIn.required().api(BillingApi.class, BillingApi::new);
        setPadding(false);
        grid.setId("prices");
        grid.addColumn(p -> itemName(p.getItem())).setHeader(Texts.t("price.item"));
        grid.addColumn(Price::getUnitPrice).setHeader(Texts.t("billing.unitPrice"));
        grid.setAllRowsVisible(true);
        summary.setId("prices-summary");
        Button change = new Button(Texts.t("prices.change"), click -> change());
        change.setId("prices-change");
        add(summary, grid, change);
        load();
    }

    private void load() {
        PriceList list = CoreRefusedException.unchecked(() -> billing.getPrices(resellerId, null));
        grid.setItems(list.getPrices() == null ? List.of() : list.getPrices());
        summary.setText(Texts.t("prices.summary", list.getCurrency() == null ? "" : list.getCurrency(),
                list.getFromMonth() == null ? "—" : list.getFromMonth()));
    }

    /** Every item the node bills (PBX, device packs, a licence per channel), priced as now. */
    private void change() {
        org.centrala.ui.client.ApiResponse<PriceList> read = CoreRefusedException.unchecked(() -> billing.getPricesWithHttpInfo(resellerId, null));
        PriceList current = read.getData();
        // The version shown goes back with a change of this month's list: someone else's change made meanwhile is a 412.
        String etag = org.centrala.ui.components.Versions.etag(read);
        Map<String, BigDecimal> prices = new LinkedHashMap<>();
        prices.put("pbx", null);
        prices.put("device-pack", null);
        for (Channel channel : CoreRefusedException.unchecked(() -> SignedIn.required().api(LicensingApi.class, LicensingApi::new).listChannels())) {
            prices.put("licence:" + channel.getId(), null);
        }
        if (current.getPrices() != null) {
            current.getPrices().forEach(p -> prices.put(p.getItem(), p.getUnitPrice()));
        }
        FormDialog dialog = new FormDialog(Texts.t("prices.change"), Texts.t("action.save"));
        TextField currency = dialog.field("currency", new TextField(Texts.t("billing.currency")));
        currency.setValue(current.getCurrency() == null ? "EUR" : current.getCurrency());
        TextField from = dialog.field("fromMonth", new TextField(Texts.t("licence.fromMonth")));
        from.setPlaceholder("YYYY-MM");
        from.setHelperText(Texts.t("licence.fromMonth.help"));
        Map<String, BigDecimalField> fields = new LinkedHashMap<>();
        prices.forEach((item, price) -> {
            BigDecimalField field = dialog.field("price-" + item.replace(':', '-'), new BigDecimalField(itemName(item)));
            field.setValue(price);
            fields.put(item, field);
        });
        dialog.onSave(() -> {
            List<Price> list = new ArrayList<>();
            fields.forEach((item, field) -> {
                if (field.getValue() != null) {
                    list.add(new Price().item(item).unitPrice(field.getValue()));
                }
            });
            String fromMonth = Fields.optional(from.getValue());
            // A list from another month is checked against nothing shown here: the list in effect then may be another.
            return billing.setPrices(resellerId, fromMonth == null ? etag : null, new PriceList().currency(currency.getValue().trim())
                    .fromMonth(fromMonth).prices(list));
        }, saved -> {
            Problems.done(Texts.t("saved"));
            load();
        });
        dialog.open();
    }

    private static String itemName(String item) {
        if (item.startsWith("licence:")) {
            return Texts.t("price.licence", item.substring("licence:".length()));
        }
        return Texts.t("price." + item);
    }
}
