package org.centrala.events.internal.webhooks;

import io.swagger.v3.oas.annotations.media.Schema;

/** A webhook just made (or its secret just changed), with its signing secret: shown in this answer only. */
public record NewWebhook(Webhook webhook,
                         @Schema(description = "signs each delivery (HMAC-SHA256, header Centrala-Signature); in this answer only",
                                 example = "whsec_2Zf…") String secret) {
}
