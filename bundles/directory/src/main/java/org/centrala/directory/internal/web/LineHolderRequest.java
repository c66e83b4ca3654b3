package org.centrala.directory.internal.web;

/** Who logs in to a line. */
public record LineHolderRequest(String userId) {
}
