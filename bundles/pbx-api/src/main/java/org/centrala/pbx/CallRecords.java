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

    /**
     * One record, if the scope lets its reader see it: the scope's tenant, user and departments
     * restrict as in {@link #find} (its time span too, if set).
     *
     * @throws org.centrala.common.NotFoundException if there is no such record in that scope
     */
    CallRecord get(CallRecordQuery scope, String id);

    /** Every matching record, oldest first, without paging: for CSV export. */
    void forEach(CallRecordQuery query, Consumer<CallRecord> consumer);
}
