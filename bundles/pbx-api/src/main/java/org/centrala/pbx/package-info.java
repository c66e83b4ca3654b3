/**
 * The PBX link: connection status per Asterisk, call records, and the EventAdmin topics of the
 * call model ({@link org.centrala.pbx.CallTopics}) that statistics, recording, CRM connectors and
 * plugins subscribe to.
 */
@Version("1.2.0")
package org.centrala.pbx;

import org.osgi.annotation.versioning.Version;
