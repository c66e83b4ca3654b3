package org.centrala.security;

import java.time.Instant;

/** An administrator of a reseller, who logs in with an e-mail address. */
public record ResellerAdmin(String username, String resellerId, Instant createdAt) {
}
