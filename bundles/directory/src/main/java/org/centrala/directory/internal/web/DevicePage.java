package org.centrala.directory.internal.web;

import java.util.List;

import org.centrala.directory.Device;

/** The shape of a page of devices in the OpenAPI document (the answer is a {@code Page<Device>}). */
record DevicePage(List<Device> items, int page, int size, long total) {
}
