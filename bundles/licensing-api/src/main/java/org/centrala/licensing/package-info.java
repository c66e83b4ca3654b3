/**
 * Licensing (R3, R13-R17): device packs, contact-centre licences per channel and month, who holds
 * them, reseller price lists and monthly billing statements. Plugins add channels by registering
 * {@link org.centrala.licensing.ChannelType} services.
 */
@Export
@Version("3.2.0")
package org.centrala.licensing;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
