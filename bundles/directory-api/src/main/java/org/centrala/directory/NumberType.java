package org.centrala.directory;

/**
 * Kinds of phone numbers as the numbering plans define them (libphonenumber's types), which a
 * tenant's dialling rules may bar (issue 11).
 */
public enum NumberType {
    FIXED_LINE, MOBILE,
    /** Numbers of either kind where the plan does not tell them apart (the US, for example). */
    FIXED_LINE_OR_MOBILE,
    TOLL_FREE,
    /** Paid by the caller above the normal rate: the usual target of toll fraud. */
    PREMIUM_RATE,
    SHARED_COST, VOIP, PERSONAL_NUMBER, PAGER,
    /** Universal access numbers: one number for a company's several offices. */
    UAN, VOICEMAIL,
    /** A valid number whose kind the numbering plan does not say. */
    UNKNOWN
}
