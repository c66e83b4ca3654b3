package org.centrala.directory;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** R11: hot-desk lines, held by one contact-centre user at a time. */
@ProviderType
public interface LineService {
    Line create(String tenantId, LineDraft draft);

    Line get(String tenantId, String id);

    default Line update(String tenantId, String id, LineDraft draft) {
        return update(tenantId, id, draft, null);
    }

    /**
     * As the update without a version, only if the line is still as it was at {@code expectedUpdatedAt}
     * (null: whatever it is now): the check and the write are one statement, so of two writes made
     * against the same version exactly one is applied.
     *
     * @throws org.centrala.common.StaleVersionException when it was changed since; nothing is written
     */
    Line update(String tenantId, String id, LineDraft draft, java.time.Instant expectedUpdatedAt);

    /** Refused (conflict) while someone holds the line. */
    void delete(String tenantId, String id);

    /** Sort keys: name (default), createdAt. */
    Page<Line> list(String tenantId, PageRequest request);

    /**
     * The user logs in to the line at the start of a shift. Of two simultaneous log-ins to one
     * line exactly one wins; the other is a {@link org.centrala.common.ConflictException}.
     */
    Line logIn(String tenantId, String lineId, String userId);

    /** The holder logs out at the end of the shift. */
    Line logOut(String tenantId, String lineId, String userId);
}
