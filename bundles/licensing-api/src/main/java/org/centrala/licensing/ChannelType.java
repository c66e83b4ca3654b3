package org.centrala.licensing;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A communication channel that contact-centre users can be licensed for (R13). Voice, chat and
 * e-mail are built in; a plugin adds a channel by registering this service with the property
 * {@value #CHANNEL_PROPERTY} set to the same id. Licences of a channel whose plugin is gone stay
 * held and billed: removing a plugin never drops what a tenant bought.
 */
@ConsumerType
public interface ChannelType {
    String CHANNEL_PROPERTY = "centrala.channel";

    /** Lower-case id such as {@code whatsapp}: letters, digits and '-'. */
    String id();

    String displayName();
}
