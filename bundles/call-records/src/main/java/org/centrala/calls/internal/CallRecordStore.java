package org.centrala.calls.internal;

import java.util.List;
import java.util.function.Consumer;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.centrala.pbx.CallRecord;
import org.centrala.pbx.CallRecordQuery;
import org.centrala.pbx.EndedCall;
import org.centrala.pbx.EndedCallConsumer;
import org.centrala.pbx.CallRecords;
import org.centrala.persistence.Database;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the call records the PBX link hands over, and serves them. A consumer of the link in a
 * bundle of its own: updating it leaves the AMI connections alone, and the link keeps the records
 * of calls that end meanwhile until it is back. A failed insert is thrown back to the link, which
 * hands the record over again; one already kept is recognised and not doubled.
 */
@Component(service = {CallRecords.class, EndedCallConsumer.class}, property = EndedCallConsumer.NAME + "=call-records")
public class CallRecordStore implements CallRecords, EndedCallConsumer {
    private static final Logger LOG = LoggerFactory.getLogger(CallRecordStore.class);

    private final Database database;
    private final JdbcCallRecords records;

    @Activate
    public CallRecordStore(@Reference Database database) {
        this.database = database;
        this.records = new JdbcCallRecords(database);
    }

    @Override
    public void accept(EndedCall call) {
        CallRecord record = call.record();
        if (!records.insert(call.linkId(), record, call.userType())) {
            LOG.debug("Call {} of tenant {} on {} was recorded already", record.pbxCallId(), record.tenantId(), call.linkId());
        }
    }

    /** Calls that waited (a busy PBX, or this bundle back after an update): in one transaction. */
    @Override
    public void acceptAll(List<EndedCall> calls) {
        database.inTransaction(() -> {
            calls.forEach(this::accept);
            return null;
        });
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
