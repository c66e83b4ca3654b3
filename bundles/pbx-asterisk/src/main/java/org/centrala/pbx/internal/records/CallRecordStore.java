package org.centrala.pbx.internal.records;

import java.util.function.Consumer;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.CallRecordQuery;
import org.centrala.pbx.CallRecords;
import org.centrala.pbx.CallTopics;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Consumes the call model's ended events into call records, and serves them. */
@Component(service = {CallRecords.class, EventHandler.class},
        property = EventConstants.EVENT_TOPIC + "=" + CallTopics.ENDED)
public class CallRecordStore implements CallRecords, EventHandler {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecordStore.class);

    private final JdbcCallRecords records;

    @Activate
    public CallRecordStore(@Reference Database database) {
        this.records = new JdbcCallRecords(database);
    }

    @Override
    public void handleEvent(Event event) {
        CallRecord record = CallRecordEvents.record(event);
        String linkId = (String) event.getProperty(CallTopics.LINK_ID);
        if (!records.insert(linkId, record, CallRecordEvents.userType(event))) {
            LOG.debug("Call {} of tenant {} on {} was recorded already", record.pbxCallId(), record.tenantId(), linkId);
        }
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
