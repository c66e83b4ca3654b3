/**
 * Queues and agents of the contact centre (issue 11, R7, R9, R11, R18): a tenant's queues with
 * their members and skills, the tenant's pause reasons, agents' log-in, pause and log-out, and the
 * agents' states with their history ({@link org.centrala.queues.AgentTopics} on EventAdmin).
 */
@Version("1.3.0")
package org.centrala.queues;

import org.osgi.annotation.versioning.Version;
