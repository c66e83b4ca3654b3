package org.centrala.recording.internal.web;

import java.time.Instant;

import org.centrala.common.Caller;
import org.centrala.common.ValidationException;
import org.centrala.recording.internal.RecordingQuery;
import org.centrala.web.Access;
import org.centrala.web.Instants;

/** What a caller may see of a tenant's recordings: what it may see of its call records (R6, R18). */
final class Scopes {
    private Scopes() {
    }

    static RecordingQuery of(Caller caller, String tenantId, String userId, String callId, String from, String to) {
        Instant since = Instants.parse("from", from);
        Instant until = Instants.parse("to", to);
        if (since != null && until != null && !since.isBefore(until)) {
            throw new ValidationException("to", "must be after from");
        }
        return new RecordingQuery(tenantId, blankToNull(userId), blankToNull(callId), since, until,
                Access.seesWholeTenant(caller) ? null : caller.departmentIds(), !Access.seesBackOfficeCalls(caller));
    }

    static RecordingQuery of(Caller caller, String tenantId) {
        return of(caller, tenantId, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
