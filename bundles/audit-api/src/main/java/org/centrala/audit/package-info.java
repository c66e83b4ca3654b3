/**
 * The audit log (R9): an append-only, hash-chained record of every administrative change and of
 * every activity of contact-centre users. Domain services append in the same transaction as the
 * change, so a change is never committed without its entry.
 */
@Export
@Version("2.2.0")
package org.centrala.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
