package org.centrala.licensing;

import java.time.YearMonth;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** R17: reseller price lists and monthly billing statements per tenant. */
@ProviderType
public interface BillingService {
    PriceList prices(String resellerId);

    /** Replaces the reseller's price list. */
    PriceList setPrices(String resellerId, PriceList prices);

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
