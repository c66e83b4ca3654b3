package org.centrala.licensing.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.annotation.Resource;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.ws.WebServiceContext;

import org.centrala.common.ServiceSlot;
import org.centrala.common.ValidationException;
import org.centrala.licensing.BillingService;
import org.centrala.licensing.CorrectionDraft;
import org.centrala.licensing.DevicePackService;
import org.centrala.licensing.LicenceService;
import org.centrala.licensing.Price;
import org.centrala.licensing.PriceList;
import org.centrala.web.Access;
import org.centrala.web.Audience;
import org.centrala.web.Months;
import org.centrala.web.SoapEndpoint;
import org.centrala.web.TenantOwnership;
import org.centrala.web.soap.CentralaFault;
import org.centrala.web.soap.Documentation;
import org.centrala.web.soap.SoapAccess;
import org.centrala.web.soap.SoapFaults;
import org.centrala.web.soap.SoapValues;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Licences per channel (R13-R16), device packs (R3), prices and billing (R17) over SOAP 1.1, at
 * {@code /soap/licensing}: owned by the licensing bundle, so it comes and goes with it. The rules
 * and access checks are the REST API's; every failure is a {@link CentralaFault}.
 */
@WebService(name = "Licensing", serviceName = "LicensingService", portName = "LicensingPort", targetNamespace = LicensingSoapService.NAMESPACE)
@Component(service = SoapEndpoint.class, property = SoapEndpoint.PATH + "=licensing")
public class LicensingSoapService implements SoapEndpoint {
    public static final String NAMESPACE = "urn:centrala:soap:licensing:v1";
    private static final Audience[] TENANT_LICENSING = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN};
    private static final Audience[] PACK_READ = {Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN};
    private static final Audience[] RESELLER = {Audience.RESELLER_ADMIN};
    /** R7: the access-profile function that opens a tenant's licensing, as on the REST API. */
    private static final String[] LICENCES_MANAGE = {"licences.manage"};

    private final LicenceService licences;
    private final DevicePackService packs;
    private final BillingService billing;
    /** Another concern's, bound dynamically: updating it must not stop this component; a call waits for it. */
    private final ServiceSlot<TenantOwnership> ownershipSlot = new ServiceSlot<>("Tenancy");
    private final SoapAccess access = new SoapAccess(ownershipSlot.proxy(TenantOwnership.class));

    @Resource
    private WebServiceContext context;

    @Activate
    public LicensingSoapService(@Reference LicenceService licences, @Reference DevicePackService packs, @Reference BillingService billing) {
        this.licences = licences;
        this.packs = packs;
        this.billing = billing;
    }

    @WebMethod
    @Documentation("The tenant's licences per channel: quantity now, holders, and the scheduled changes (R13, R14)")
    @WebResult(name = "licences")
    public SoapLicences getLicences(@WebParam(name = "tenantId") String tenantId) throws CentralaFault {
        return SoapFaults.call("getLicences", () -> {
            allowTenant(TENANT_LICENSING, tenantId);
            return LicensingSoapMapping.licences(licences.positions(tenantId));
        });
    }

    @WebMethod
    @Documentation("Buy or remove licences of a channel from a month on (R14, R15); with expectedUpdatedAt (the position's updatedAt"
            + " as read) only if unchanged since (a fault with status 412 otherwise)")
    @WebResult(name = "position")
    public SoapLicencePosition setLicences(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "channel") String channel,
                                           @WebParam(name = "quantity") Long quantity, @WebParam(name = "fromMonth") String fromMonth,
                                           @WebParam(name = "expectedUpdatedAt") java.util.Date expectedUpdatedAt) throws CentralaFault {
        return SoapFaults.call("setLicences", () -> {
            allowTenant(TENANT_LICENSING, tenantId);
            java.time.Instant expected = SoapValues.unchanged(expectedUpdatedAt, licences.position(tenantId, SoapFaults.required(channel, "channel"))
                    .updatedAt(), "the " + channel + " licences of tenant '" + tenantId + "'");
            return LicensingSoapMapping.soap(licences.set(tenantId, channel, Months.parse("fromMonth", fromMonth),
                    SoapFaults.required(SoapValues.intValue("quantity", quantity), "quantity"), expected));
        });
    }

    @WebMethod
    @WebResult(name = "devicePacks")
    public SoapDevicePacks getDevicePacks(@WebParam(name = "tenantId") String tenantId) throws CentralaFault {
        return SoapFaults.call("getDevicePacks", () -> {
            allowTenant(PACK_READ, tenantId);
            return LicensingSoapMapping.soap(packs.get(tenantId));
        });
    }

    @WebMethod
    @Documentation("Buy or remove device packs from a month on (R3); with expectedUpdatedAt (the packs' updatedAt as read) only if"
            + " unchanged since (a fault with status 412 otherwise)")
    @WebResult(name = "devicePacks")
    public SoapDevicePacks setDevicePacks(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "quantity") Long quantity,
                                          @WebParam(name = "fromMonth") String fromMonth,
                                          @WebParam(name = "expectedUpdatedAt") java.util.Date expectedUpdatedAt) throws CentralaFault {
        return SoapFaults.call("setDevicePacks", () -> {
            allowTenant(TENANT_LICENSING, tenantId);
            java.time.Instant expected = SoapValues.unchanged(expectedUpdatedAt, packs.get(tenantId).updatedAt(),
                    "the device packs of tenant '" + tenantId + "'");
            return LicensingSoapMapping.soap(packs.set(tenantId, Months.parse("fromMonth", fromMonth),
                    SoapFaults.required(SoapValues.intValue("quantity", quantity), "quantity"), expected));
        });
    }

    @WebMethod
    @WebResult(name = "statement")
    public SoapBillingStatement getBillingStatement(@WebParam(name = "tenantId") String tenantId, @WebParam(name = "month") String month)
            throws CentralaFault {
        return SoapFaults.call("getBillingStatement", () -> {
            allowTenant(TENANT_LICENSING, tenantId);
            return LicensingSoapMapping.soap(billing.statement(tenantId, Months.required("month", month)));
        });
    }

    @WebMethod
    @WebResult(name = "priceList")
    public SoapPriceList getPrices(@WebParam(name = "resellerId") String resellerId, @WebParam(name = "month") String month) throws CentralaFault {
        return SoapFaults.call("getPrices", () -> {
            allowReseller(resellerId);
            return LicensingSoapMapping.soap(billing.prices(resellerId, month == null || month.isBlank() ? null : Months.required("month", month)));
        });
    }

    /** Every price list of the reseller, by the month it applies from. */
    @WebMethod
    @WebResult(name = "priceList")
    public List<SoapPriceList> listPriceLists(@WebParam(name = "resellerId") String resellerId) throws CentralaFault {
        return SoapFaults.call("listPriceLists", () -> {
            allowReseller(resellerId);
            return billing.priceLists(resellerId).stream().map(LicensingSoapMapping::soap).toList();
        });
    }

    /** A credit (negative) or debit on a tenant's statement of an open month; how a closed month is corrected. */
    @WebMethod
    @WebResult(name = "added")
    public SoapCorrection addBillingCorrection(@WebParam(name = "resellerId") String resellerId, @WebParam(name = "month") String month,
                                               @WebParam(name = "correction") SoapCorrection input) throws CentralaFault {
        return SoapFaults.call("addBillingCorrection", () -> {
            allowReseller(resellerId);
            SoapCorrection correction = SoapFaults.required(input, "correction");
            return LicensingSoapMapping.soap(billing.addCorrection(resellerId, Months.required("month", month), new CorrectionDraft(
                    correction.tenantId, correction.description, correction.amount,
                    correction.refersTo == null || correction.refersTo.isBlank() ? null : Months.required("correction.refersTo", correction.refersTo))));
        });
    }

    @WebMethod
    public void deleteBillingCorrection(@WebParam(name = "resellerId") String resellerId, @WebParam(name = "month") String month,
                                        @WebParam(name = "id") String id) throws CentralaFault {
        SoapFaults.call("deleteBillingCorrection", () -> {
            allowReseller(resellerId);
            billing.deleteCorrection(resellerId, Months.required("month", month), SoapFaults.required(id, "id"));
            return null;
        });
    }

    @WebMethod
    @Documentation("Set the price list that applies from its fromMonth (the running month when left out); with expectedUpdatedAt"
            + " (the updatedAt of the list in effect in that month, as read) only if unchanged since (a fault with status 412 otherwise);"
            + " a priceList's own updatedAt is ignored when sent")
    @WebResult(name = "saved")
    public SoapPriceList setPrices(@WebParam(name = "resellerId") String resellerId, @WebParam(name = "priceList") SoapPriceList input,
                                   @WebParam(name = "expectedUpdatedAt") java.util.Date expectedUpdatedAt) throws CentralaFault {
        return SoapFaults.call("setPrices", () -> {
            allowReseller(resellerId);
            SoapPriceList list = SoapFaults.required(input, "priceList");
            List<Price> prices = new ArrayList<>();
            list.prices.forEach(price -> prices.add(price == null ? null : new Price(price.item, price.unitPrice)));
            java.time.YearMonth from = list.fromMonth == null || list.fromMonth.isBlank() ? null
                    : Months.required("priceList.fromMonth", list.fromMonth);
            java.time.Instant expected = SoapValues.unchanged(expectedUpdatedAt, billing.prices(resellerId, from).updatedAt(),
                    "the price list of reseller '" + resellerId + "'");
            return LicensingSoapMapping.soap(billing.setPrices(resellerId, new PriceList(list.currency, prices, from), expected));
        });
    }

    @WebMethod
    @Documentation("The total of each tenant's statement that the reseller bills for a month (YYYY-MM) (R17)")
    @WebResult(name = "statement")
    public List<SoapStatementTotal> getResellerStatements(@WebParam(name = "resellerId") String resellerId,
                                                          @WebParam(name = "month") String month) throws CentralaFault {
        return SoapFaults.call("getResellerStatements", () -> {
            allowReseller(resellerId);
            List<SoapStatementTotal> totals = new ArrayList<>();
            billing.statements(resellerId, Months.required("month", month)).forEach(statement -> totals.add(LicensingSoapMapping.total(statement)));
            return totals;
        });
    }

    @WebMethod
    @WebResult(name = "statement")
    public List<SoapStatementTotal> closeBillingMonth(@WebParam(name = "resellerId") String resellerId,
                                                      @WebParam(name = "month") String month) throws CentralaFault {
        return SoapFaults.call("closeBillingMonth", () -> {
            allowReseller(resellerId);
            List<SoapStatementTotal> totals = new ArrayList<>();
            billing.closeMonth(resellerId, Months.required("month", month)).forEach(statement -> totals.add(LicensingSoapMapping.total(statement)));
            return totals;
        });
    }

    /** The same rules as the REST API's (see {@link Access}): outside one's scope is 404, a missing role 403. */
    private void allowTenant(Audience[] audiences, String tenantId) {
        if (tenantId == null || tenantId.isBlank()) {
            throw new ValidationException("tenantId", "is required");
        }
        access.allow(context, audiences, LICENCES_MANAGE, null, tenantId, null);
    }

    private void allowReseller(String resellerId) {
        access.allow(context, RESELLER, new String[0], SoapFaults.required(resellerId, "resellerId"), null, null);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindOwnership(TenantOwnership service) {
        ownershipSlot.bind(service);
    }

    void unbindOwnership(TenantOwnership service) {
        ownershipSlot.unbind(service);
    }
}
