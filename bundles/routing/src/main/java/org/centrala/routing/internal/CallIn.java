package org.centrala.routing.internal;

import java.net.InetAddress;

/**
 * A call as Asterisk hands it to the route script. The tenant is told by {@code context} (set
 * by the PBX's configuration for the caller's endpoint or trunk, R1) and, when several tenants on
 * different Asterisks share a context name, by the Asterisk it came from; never by anything the
 * caller sends. {@code dialled} is what the caller dialled.
 */
record CallIn(String context, String dialled, String callerNumber, String channel, String pbxCallId, InetAddress pbx) {
}
