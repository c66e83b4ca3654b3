package org.centrala.pbx;

import java.util.function.Consumer;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** Call records: written from the call model's ended events, read per tenant, user and time span. */
@ProviderType
public interface CallRecords {

    /** Sort keys: startedAt (default, newest first unless asked otherwise), endedAt, talkSeconds. */
    Page<CallRecord> find(CallRecordQuery query, PageRequest request);

    CallRecord get(String tenantId, String id);

    /** Every matching record, oldest first, without paging: for CSV export. */
    void forEach(CallRecordQuery query, Consumer<CallRecord> consumer);
}
