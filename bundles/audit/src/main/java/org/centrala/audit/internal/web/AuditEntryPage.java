package org.centrala.audit.internal.web;

import java.util.List;

import org.centrala.audit.AuditEntry;

/** The shape of a page of audit entries in the OpenAPI document (the answer is a {@code Page<AuditEntry>}). */
record AuditEntryPage(List<AuditEntry> items, int page, int size, long total) {
}
