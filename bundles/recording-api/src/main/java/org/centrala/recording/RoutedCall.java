package org.centrala.recording;

/**
 * A call the routing is about to connect: to a user ({@code calledUserId}) or into a queue
 * ({@code queueId}), from one of the tenant's users' phones ({@code callingUserId}) or from outside
 * (null), on the PBX channel {@code channelUniqueId} (Asterisk's unique id of the caller's channel).
 */
public record RoutedCall(String calledUserId, String callingUserId, String queueId, String channelUniqueId) {
}
