package org.centrala.directory;

import java.util.Collection;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Attributes PBX call legs to devices and users: by SIP user name, or by a dialled mobile number. */
@ProviderType
public interface CallPartyResolver {

    /** The device whose SIP user name (the PJSIP endpoint) is given. SIP user names are unique. */
    Optional<CallParty> bySipUsername(String sipUsername);

    /** A mobile device with that E.164 number among the given tenants (numbers are unique per tenant only). */
    Optional<CallParty> byMobileNumber(Collection<String> tenantIds, String e164Number);
}
