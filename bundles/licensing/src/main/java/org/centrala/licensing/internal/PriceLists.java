package org.centrala.licensing.internal;

import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.centrala.licensing.Price;
import org.centrala.licensing.PriceList;
import org.centrala.persistence.Database;

/**
 * Issue 9: a reseller's price lists by the month they apply from. Months are stored as YYYY-MM,
 * which sorts like the months themselves.
 */
final class PriceLists {
    private final Database db;

    PriceLists(Database db) {
        this.db = db;
    }

    /** The list in effect in that month: the latest that applies from it or before; an empty list before the first. */
    PriceList inEffect(String resellerId, YearMonth month) {
        return db.queryOne("SELECT MAX(from_month) FROM price_list WHERE reseller_id = ? AND from_month <= ?",
                        row -> row.getString(1), resellerId, month.toString())
                .map(from -> read(resellerId, from))
                .orElseGet(() -> new PriceList(null, List.of(), null));
    }

    List<PriceList> all(String resellerId) {
        List<PriceList> lists = new ArrayList<>();
        db.query("SELECT from_month FROM price_list WHERE reseller_id = ? ORDER BY from_month", row -> row.getString(1), resellerId)
                .forEach(from -> lists.add(read(resellerId, from)));
        return lists;
    }

    /** In the caller's transaction: replaces the list that applies from that month, if there is one. */
    void set(String resellerId, YearMonth from, PriceList list, Instant now) {
        db.update("DELETE FROM price_list WHERE reseller_id = ? AND from_month = ?", resellerId, from.toString()); // its prices go with it
        db.update("INSERT INTO price_list (reseller_id, from_month, currency, set_at) VALUES (?, ?, ?, ?)", resellerId, from.toString(),
                list.currency(), now);
        for (Price price : list.prices()) {
            db.update("INSERT INTO price (reseller_id, from_month, item, unit_price, currency) VALUES (?, ?, ?, ?, ?)", resellerId,
                    from.toString(), price.item(), price.unitPrice().setScale(2, RoundingMode.HALF_UP), list.currency());
        }
    }

    private PriceList read(String resellerId, String from) {
        if (from == null) {
            return new PriceList(null, List.of(), null);
        }
        String[] currency = new String[1];
        Instant[] setAt = new Instant[1];
        db.queryOne("SELECT currency, set_at FROM price_list WHERE reseller_id = ? AND from_month = ?", row -> {
            currency[0] = row.getString(1).trim();
            setAt[0] = row.getTimestamp(2) == null ? null : row.getTimestamp(2).toInstant();
            return Boolean.TRUE;
        }, resellerId, from);
        List<Price> prices = db.query("SELECT item, unit_price FROM price WHERE reseller_id = ? AND from_month = ? ORDER BY item",
                row -> new Price(row.getString(1).trim(), row.getBigDecimal(2)), resellerId, from);
        return new PriceList(currency[0], prices, YearMonth.parse(from.trim()), setAt[0]);
    }
}
