package org.centrala.rest.internal.directory;

/** Who logs in to a line. */
public record LineHolderRequest(String userId) {
}
