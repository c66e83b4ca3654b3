package org.centrala.licensing.internal.soap;

import java.util.List;

import org.centrala.licensing.BillingStatement;
import org.centrala.licensing.DevicePacks;
import org.centrala.licensing.LicencePosition;
import org.centrala.licensing.PriceList;
import org.centrala.licensing.QuantityChange;

/** Between the licensing records and the JAXB types of the SOAP contract. */
final class LicensingSoapMapping {
    private LicensingSoapMapping() {
    }

    static SoapLicencePosition soap(LicencePosition position) {
        SoapLicencePosition soap = new SoapLicencePosition();
        soap.channel = position.channel();
        soap.licences = position.licences();
        soap.held = position.held();
        position.changes().forEach(change -> soap.changes.add(soap(change)));
        soap.updatedAt = position.updatedAt() == null ? null : java.util.Date.from(position.updatedAt());
        return soap;
    }

    static SoapLicences licences(List<LicencePosition> positions) {
        SoapLicences soap = new SoapLicences();
        positions.forEach(position -> soap.positions.add(soap(position)));
        return soap;
    }

    static SoapDevicePacks soap(DevicePacks packs) {
        SoapDevicePacks soap = new SoapDevicePacks();
        soap.packs = packs.packs();
        soap.devicesAllowed = packs.devicesAllowed();
        soap.devicesInUse = packs.devicesInUse();
        packs.changes().forEach(change -> soap.changes.add(soap(change)));
        soap.updatedAt = packs.updatedAt() == null ? null : java.util.Date.from(packs.updatedAt());
        return soap;
    }

    static SoapBillingStatement soap(BillingStatement statement) {
        SoapBillingStatement soap = new SoapBillingStatement();
        soap.tenantId = statement.tenantId();
        soap.tenantName = statement.tenantName();
        soap.month = statement.month().toString();
        soap.currency = statement.currency();
        statement.lines().forEach(line -> {
            SoapBillingLine soapLine = new SoapBillingLine();
            soapLine.item = line.item();
            soapLine.description = line.description();
            soapLine.quantity = line.quantity();
            soapLine.unitPrice = line.unitPrice();
            soapLine.amount = line.amount();
            soap.lines.add(soapLine);
        });
        soap.total = statement.total();
        soap.complete = statement.complete();
        soap.closed = statement.closed();
        return soap;
    }

    static SoapStatementTotal total(BillingStatement statement) {
        SoapStatementTotal total = new SoapStatementTotal();
        total.tenantId = statement.tenantId();
        total.tenantName = statement.tenantName();
        total.currency = statement.currency();
        total.total = statement.total();
        total.complete = statement.complete();
        total.closed = statement.closed();
        return total;
    }

    static SoapPriceList soap(PriceList list) {
        SoapPriceList soap = new SoapPriceList();
        soap.currency = list.currency();
        soap.fromMonth = list.fromMonth() == null ? null : list.fromMonth().toString();
        list.prices().forEach(price -> {
            SoapPrice soapPrice = new SoapPrice();
            soapPrice.item = price.item();
            soapPrice.unitPrice = price.unitPrice();
            soap.prices.add(soapPrice);
        });
        soap.updatedAt = list.updatedAt() == null ? null : java.util.Date.from(list.updatedAt());
        return soap;
    }

    static SoapCorrection soap(org.centrala.licensing.BillingCorrection correction) {
        SoapCorrection soap = new SoapCorrection();
        soap.id = correction.id();
        soap.tenantId = correction.tenantId();
        soap.month = correction.month().toString();
        soap.refersTo = correction.refersTo() == null ? null : correction.refersTo().toString();
        soap.description = correction.description();
        soap.amount = correction.amount();
        soap.createdAt = org.centrala.web.soap.SoapValues.date(correction.createdAt());
        return soap;
    }

    private static SoapQuantityChange soap(QuantityChange change) {
        SoapQuantityChange soap = new SoapQuantityChange();
        soap.fromMonth = change.fromMonth().toString();
        soap.quantity = change.quantity();
        return soap;
    }
}
