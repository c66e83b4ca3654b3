/**
 * The directory of a tenant: users (back-office and contact-centre, R4-R7), their free access
 * roles (R16) and access profiles (R18), devices within the tenant's packs (R3), ring plans of
 * back-office users (R5) and hot-desk lines of contact-centre users (R11).
 */
@Export
@Version("3.6.0")
package org.centrala.directory;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
