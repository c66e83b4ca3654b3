package org.centrala.directory;

/**
 * An outside number as a tenant's phone or click-to-call gave it, read and checked against the
 * tenant's dialling rules (issue 11).
 *
 * @param e164   the number in E.164 when it is one, else null
 * @param verdict whether it may be dialled
 * @param reason why not, in words for people; null when allowed
 */
public record OutsideNumber(String e164, Verdict verdict, String reason) {

    public enum Verdict {
        ALLOWED,
        /** Not a valid phone number (or national while the caller's country is unknown, or without the outside-line prefix). */
        NOT_A_NUMBER,
        /** A valid number the tenant's dialling rules bar. */
        BARRED
    }

    public boolean allowed() {
        return verdict == Verdict.ALLOWED;
    }

    /** How a number reached Centrala: dialled on a phone (the outside-line prefix applies) or given to click-to-call. */
    public enum Source { PHONE, API }
}
