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
}
