package org.centrala.examples.sms;

import org.centrala.licensing.ChannelType;
import org.osgi.service.component.annotations.Component;

/**
 * Registers the "sms" channel as a whiteboard service: Centrala's channel catalogue picks it up
 * when this bundle starts and drops it when it stops, while licences already bought and held for
 * it stay (R13, R14).
 */
@Component(service = ChannelType.class, property = ChannelType.CHANNEL_PROPERTY + "=" + SmsChannel.ID)
public class SmsChannel implements ChannelType {
    static final String ID = "sms";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "SMS";
    }
}
