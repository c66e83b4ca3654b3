/**
 * The PBX link: connection status per Asterisk, call records, and the EventAdmin topics of the
 * call model ({@link org.centrala.pbx.CallTopics}), the ended calls handed to every {@link org.centrala.pbx.EndedCallConsumer}, the queue members' events ({@link org.centrala.pbx.QueueTopics}) that statistics, recording, CRM connectors and
 * plugins subscribe to.
 */
@Version("2.3.0")
package org.centrala.pbx;

import org.osgi.annotation.versioning.Version;
