package org.centrala.directory;

import org.centrala.common.Page;
import org.centrala.common.PageRequest;
import org.osgi.annotation.versioning.ProviderType;

/** R11: hot-desk lines, held by one contact-centre user at a time. */
@ProviderType
public interface LineService {
    Line create(String tenantId, LineDraft draft);

    Line get(String tenantId, String id);

    Line update(String tenantId, String id, LineDraft draft);

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
