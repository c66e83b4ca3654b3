package org.centrala.testpbx;

/** A dynamic member of a queue on the test PBX, as QueueAdd and QueuePause left it. */
public record QueueMemberView(String queue, String memberInterface, String memberName, int penalty, boolean paused, String reason) {
}
