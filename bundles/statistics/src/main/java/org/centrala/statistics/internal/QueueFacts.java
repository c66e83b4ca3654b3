package org.centrala.statistics.internal;

/**
 * What the statistics need of a queue: its id and department (R18), and the seconds within which
 * an answer counts for the service level.
 */
record QueueFacts(String id, String departmentId, String name, int serviceLevelSeconds, String pbxName) {

    /**
     * A queue the PBX named but Centrala does not know (defined in the PBX's own configuration, or
     * deleted since): counted under its PBX name, in no department, against a 20 s service level
     * (Asterisk's queues.conf example value).
     */
    static QueueFacts unknown(String pbxName) {
        return new QueueFacts(pbxName, null, pbxName, 20, pbxName);
    }
}
