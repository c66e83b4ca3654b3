package org.centrala.directory.internal.web;

import java.util.List;

import org.centrala.directory.User;

/** The shape of a page of users in the OpenAPI document (the answer is a {@code Page<User>}). */
record UserPage(List<User> items, int page, int size, long total) {
}
