package org.centrala.licensing;

import java.time.YearMonth;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** R17: reseller price lists and monthly billing statements per tenant. */
@ProviderType
public interface BillingService {
    /** The price list in effect in that month (issue 9), with the month it applies from; no prices before the first list. */
    PriceList prices(String resellerId, YearMonth month);

    /** Every price list the reseller has set, by the month it applies from. */
    List<PriceList> priceLists(String resellerId);

    /**
     * Sets the price list that applies from its {@code fromMonth} (the running month when left out)
     * until the month of the next list, replacing one set for the same month. A closed month is
     * refused: it stays as invoiced, and is corrected by a correction on an open month. Audited.
     */
    default PriceList setPrices(String resellerId, PriceList prices) {
        return setPrices(resellerId, prices, null);
    }

    /**
     * As {@link #setPrices(String, PriceList)}, only if the list in effect in the month it applies
     * from is still the version {@code expectedUpdatedAt} (null: whatever it is); checked and written
     * while no other price change of the node can run.
     *
     * @throws org.centrala.common.StaleVersionException when it was changed since; nothing is written
     */
    PriceList setPrices(String resellerId, PriceList prices, java.time.Instant expectedUpdatedAt);

    /**
     * Adds a credit or debit line to a tenant's statement of an open month (issue 9), typically to
     * correct a closed month. The tenant must be one the reseller bills for that month. Audited.
     */
    BillingCorrection addCorrection(String resellerId, YearMonth month, CorrectionDraft correction);

    /** Removes a correction while its month is open. Audited. */
    void deleteCorrection(String resellerId, YearMonth month, String correctionId);

    BillingStatement statement(String tenantId, YearMonth month);

    /** One statement per tenant of the reseller, by tenant name. */
    List<BillingStatement> statements(String resellerId, YearMonth month);

    /**
     * Closes a month that has ended (issue 9): every statement of the reseller's tenants for it is
     * kept as it is now and never changes again, whatever prices, licences or tenants do later.
     * Audited; closing a closed month, or one that has not ended, is refused.
     *
     * @return the statements as they are kept
     */
    List<BillingStatement> closeMonth(String resellerId, YearMonth month);
}
