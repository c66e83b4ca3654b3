package org.centrala.pbx.internal.link;

import java.time.Duration;

import org.centrala.common.ServiceSlot;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.CallRecordSink;
import org.centrala.pbx.internal.records.RetryingWorker;
import org.centrala.pbx.internal.records.TransientFailures;

/**
 * Hands every ended call to the call-record store, in order, on a thread of its own. While the
 * store is away (its bundle being updated) or cannot write (the database is away) the records
 * wait here and are handed over when it is back: the link bundle, which rarely changes, holds them,
 * so updating the store loses none. The store recognises a record handed over twice.
 */
final class RecordHandOver {
    /** How many ended calls may wait for the store; beyond that they are given up, logged whole. */
    private static final int CAPACITY = 100_000;

    private record Ended(String linkId, CallRecord record, UserType userType) {
    }

    private final ServiceSlot<CallRecordSink> sink = new ServiceSlot<>("The call-record store", Duration.ofSeconds(2));
    private final RetryingWorker<Ended> worker = new RetryingWorker<>("centrala-call-record-handover", CAPACITY, 200, 5_000,
            Duration.ofSeconds(10), TransientFailures::isTransient, this::handOver);

    void submit(String linkId, CallRecord record, UserType userType) {
        worker.submit(new Ended(linkId, record, userType));
    }

    void bind(CallRecordSink service) {
        sink.bind(service);
    }

    void unbind(CallRecordSink service) {
        sink.unbind(service);
    }

    void close(boolean nodeStopping) {
        worker.close(nodeStopping);
    }

    private void handOver(Ended ended) {
        sink.get().accept(ended.linkId(), ended.record(), ended.userType());
    }
}
