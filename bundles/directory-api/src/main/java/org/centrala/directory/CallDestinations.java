package org.centrala.directory;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * What a call to a tenant's internal number reaches (issue 11): the PBX's routing asks this for
 * every call, so each answer is read afresh from the directory and a change applies to the next
 * call.
 */
@ProviderType
public interface CallDestinations {

    /**
     * The user who has this extension in the tenant and has not left, with the devices to ring
     * step by step: a back-office user's ring plan (R5), or for a contact-centre user every device
     * it owns and the line's device it holds (R11), together. Empty when no such user exists.
     */
    Optional<CallDestination> byExtension(String tenantId, String extension);

    /**
     * The phone a user places calls from (click-to-call, issue 11): the line's device it holds
     * (R11), else its first SIP desk phone, else its first softphone. Empty when it has none, or
     * has left.
     */
    Optional<CallDestination.Target> ownPhone(String tenantId, String userId);

    /**
     * An outside number as one of the tenant's SIP devices dialled it, in E.164, if the tenant's
     * dialling rules allow it; empty otherwise.
     *
     * @deprecated since 3.4: {@link #outsideNumber(String, String, String, OutsideNumber.Source)} says why not
     */
    @Deprecated
    default Optional<String> outsideNumber(String tenantId, String sipUsername, String dialled) {
        OutsideNumber number = outsideNumber(tenantId, sipUsername, dialled, OutsideNumber.Source.PHONE);
        return number.allowed() ? Optional.of(number.e164()) : Optional.empty();
    }

    /**
     * An outside number as one of the tenant's SIP devices dialled it (or click-to-call from it
     * was given), read and checked against the tenant's dialling rules. A number written
     * nationally ({@code 064 123 4567}) or with the international prefix ({@code 00381...}) is
     * read by the country of the department of the device's user (its owner, or the user holding
     * its line). On a phone, the rules' outside-line prefix comes first unless the number starts
     * with +; click-to-call never needs it.
     */
    OutsideNumber outsideNumber(String tenantId, String sipUsername, String dialled, OutsideNumber.Source source);
}
