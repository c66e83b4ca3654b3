package org.centrala.web.soap;

import java.time.Instant;
import java.util.Date;

import org.centrala.common.PageRequest;
import org.centrala.common.ValidationException;

/**
 * Values as SOAP carries them: paging, whole numbers that must fit an int, instants as dates. Whole
 * numbers are xs:long in and out (JAXB wraps an xs:int that is too large without a word, so they
 * arrive as longs and a value beyond an int is a named field error; answers use the same type).
 */
public final class SoapValues {
    private SoapValues() {
    }


    /** Paging parameters as SOAP sends them (longs, so that nothing wraps). */
    public static PageRequest page(Long page, Long size, String sort) {
        return PageRequest.parse(intValue("page", page), intValue("size", size), sort);
    }

    /** Numbers arrive as longs so that nothing wraps; anything beyond int range is a named field error. */
    public static Integer intValue(String field, Long value) {
        if (value == null) {
            return null;
        }
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new ValidationException(field, "is out of range");
        }
        return value.intValue();
    }

    /**
     * Optimistic locking over SOAP (issue 9, as If-Match on REST): {@code expected} is the
     * {@code updatedAt} of the record as the client read it; if the record changed since, the
     * update is refused (fault status 412). Left out, the update applies to whatever the record is.
     */
    public static void requireUnchanged(Date expected, Instant current, String what) {
        if (expected != null && (current == null || expected.toInstant().toEpochMilli() != current.toEpochMilli())) {
            throw new org.centrala.common.StaleVersionException(what + " was changed by someone else since it was read (its updatedAt is now "
                    + current + "); read it again and apply the change to what it is now", null);
        }
    }

    /**
     * {@link #requireUnchanged}, then the version the write is to be made against, for the service's
     * own check in its UPDATE (atomic): the {@code updatedAt} as read when one was expected, else null.
     */
    public static Instant unchanged(Date expected, Instant current, String what) {
        requireUnchanged(expected, current, what);
        return expected == null ? null : current;
    }

    public static Date date(Instant instant) {
        return instant == null ? null : Date.from(instant);
    }
}
