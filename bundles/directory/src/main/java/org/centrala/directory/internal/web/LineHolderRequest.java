package org.centrala.directory.internal.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** Who logs in to a line. */
public record LineHolderRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String userId) {
}
