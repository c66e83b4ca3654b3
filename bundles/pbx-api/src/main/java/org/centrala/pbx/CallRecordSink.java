package org.centrala.pbx;

import org.centrala.directory.UserType;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Where the PBX link hands every ended, attributed call: the call-record store registers one. The
 * link keeps the records of a sink that is away (its bundle being updated) and hands them over
 * when it is back, and hands a record over again when {@link #accept} threw, so an implementation
 * must take a record it already holds (same link, tenant and PBX call id) without doubling it.
 */
@ConsumerType
public interface CallRecordSink {
    /**
     * @param linkId   the AMI link the call was seen on
     * @param userType the type of the record's user, if it has one (R5, R6)
     * @throws RuntimeException if the record could not be kept; it is handed over again later
     */
    void accept(String linkId, CallRecord record, UserType userType);
}
