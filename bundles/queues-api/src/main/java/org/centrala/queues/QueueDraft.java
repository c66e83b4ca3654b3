package org.centrala.queues;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;
import org.centrala.common.Validator;
import org.centrala.tenancy.Names;

/** What a client sends to create or replace a queue. */
public record QueueDraft(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String departmentId,
                         @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Support") String name,
                         @Schema(description = "default RINGALL") QueueStrategy strategy,
                         @Schema(description = "seconds, 1 to 3600; default 20", example = "20") Integer serviceLevelSeconds,
                         @Schema(description = "seconds, 0 to 3600; default 0", example = "10") Integer wrapUpSeconds,
                         @Schema(description = "contact-centre users of the tenant, each once") List<QueueMember> members,
                         @Schema(description = "the internal number callers dial to reach the queue through the routing: 2 to 8"
                                 + " digits, not starting with 0, unique within the tenant (users' extensions included); absent:"
                                 + " reached only by the PBX's own dialplan", example = "500") String extension) {
    public static final int MAX_PENALTY = 10;
    private static final java.util.regex.Pattern EXTENSION = java.util.regex.Pattern.compile("[1-9][0-9]{1,7}");

    /** As before queues had extensions (queues-api 1.0): reached by no extension. */
    public QueueDraft(String departmentId, String name, QueueStrategy strategy, Integer serviceLevelSeconds,
                      Integer wrapUpSeconds, List<QueueMember> members) {
        this(departmentId, name, strategy, serviceLevelSeconds, wrapUpSeconds, members, null);
    }

    public QueueDraft {
        departmentId = Names.trim(departmentId);
        name = Names.trim(name);
        strategy = strategy == null ? QueueStrategy.RINGALL : strategy;
        serviceLevelSeconds = serviceLevelSeconds == null ? 20 : serviceLevelSeconds;
        wrapUpSeconds = wrapUpSeconds == null ? 0 : wrapUpSeconds;
        members = members == null ? List.of() : List.copyOf(members);
        extension = Names.trim(extension);
    }

    public void validate() {
        Validator validator = new Validator()
                .required("departmentId", departmentId)
                .required("name", name).maxLength("name", name, 60)
                .range("serviceLevelSeconds", serviceLevelSeconds, 1, 3600)
                .range("wrapUpSeconds", wrapUpSeconds, 0, 3600)
                .pattern("extension", extension, EXTENSION, "2 to 8 digits, not starting with 0");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < members.size(); i++) {
            QueueMember member = members.get(i);
            String field = "members[" + i + "]";
            if (member == null || member.userId() == null || member.userId().isBlank()) {
                validator.reject(field + ".userId", "is required");
            } else if (!seen.add(member.userId().strip())) {
                validator.reject(field + ".userId", "is a member already");
            }
            if (member != null && (member.penalty() < 0 || member.penalty() > MAX_PENALTY)) {
                validator.reject(field + ".penalty", "must be 0 to " + MAX_PENALTY);
            }
        }
        validator.throwIfInvalid();
    }
}
