package org.centrala.tenancy;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard (issue 9): a concern that keeps personal data of a reseller (its administrators'
 * credentials) erases it when the reseller is erased, in the transaction that erases it.
 */
@ConsumerType
public interface ResellerDataEraser {
    void eraseReseller(String resellerId);
}
