package org.centrala.audit;

/**
 * The outcome of checking the whole chain: intact, or where it first breaks and how.
 *
 * @param firstBrokenSequence null when intact
 */
public record AuditVerification(boolean intact, long entriesChecked, Long firstBrokenSequence, String problem) {
}
