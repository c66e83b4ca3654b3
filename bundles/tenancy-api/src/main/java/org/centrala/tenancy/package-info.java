/**
 * Tenancy (R1, R2): resellers, the tenant companies they sell to, the tenants' departments, and
 * the virtual PBX record that every tenant has from the moment it exists.
 */
@Export
@Version("3.3.0")
package org.centrala.tenancy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
