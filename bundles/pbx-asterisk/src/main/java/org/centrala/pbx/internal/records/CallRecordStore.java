package org.centrala.pbx.internal.records;

import java.time.Duration;
import java.util.function.Consumer;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.directory.UserType;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.CallRecordQuery;
import org.centrala.pbx.CallRecords;
import org.centrala.pbx.CallTopics;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes the call model's ended events into call records, and serves them. Records are written
 * by a worker of its own: EventAdmin's delivery thread is never held by the database (Felix
 * EventAdmin denylists a handler that takes more than 5 s), and a record whose insert fails is
 * retried until the database is back.
 */
@Component(service = {CallRecords.class, EventHandler.class},
        property = EventConstants.EVENT_TOPIC + "=" + CallTopics.ENDED)
public class CallRecordStore implements CallRecords, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecordStore.class);

    private final JdbcCallRecords records;
    private final RetryingWorker<Ended> writer;

    @Activate
    public CallRecordStore(@Reference Database database) {
        this.records = new JdbcCallRecords(database);
        this.writer = new RetryingWorker<>("centrala-call-record-writer", 100_000, 1_000, 30_000,
                Duration.ofSeconds(10), TransientFailures::isTransient, this::write);
    }

    @Deactivate
    void deactivate() {
        writer.close();
    }

    @Override
    public void handleEvent(Event event) {
        writer.submit(new Ended((String) event.getProperty(CallTopics.LINK_ID), CallRecordEvents.record(event),
                CallRecordEvents.userType(event)));
    }

    private void write(Ended ended) {
        if (!records.insert(ended.linkId(), ended.record(), ended.userType())) {
            LOG.debug("Call {} of tenant {} on {} was recorded already", ended.record().pbxCallId(),
                    ended.record().tenantId(), ended.linkId());
        }
    }

    /** An ended call waiting to be written; logged whole if it ever has to be given up. */
    private record Ended(String linkId, CallRecord record, UserType userType) {
    }

    @Override
    public Page<CallRecord> find(CallRecordQuery query, PageRequest request) {
        return records.find(query, request);
    }

    @Override
    public CallRecord get(CallRecordQuery scope, String id) {
        return records.get(scope, id);
    }

    @Override
    public void forEach(CallRecordQuery query, Consumer<CallRecord> consumer) {
        records.forEach(query, consumer);
    }
}
