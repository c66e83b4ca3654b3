package org.centrala.examples.sms;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The plugin's settings, described for Config Admin by its metatype: the web UI renders them on its
 * plugin page from that description alone, and a change applies at once ({@code @Modified}).
 */
@Component(service = SmsSettings.class, configurationPid = SmsSettings.PID)
@Designate(ocd = SmsSettings.Config.class)
public class SmsSettings {
    static final String PID = "org.centrala.examples.sms";

    @ObjectClassDefinition(name = "SMS channel (example plugin)", description = "How texts are counted and sent")
    public @interface Config {
        @AttributeDefinition(name = "Longest text", description = "Texts longer than this many characters are refused;"
                + " 1530 is ten parts, what operators commonly accept as one message", min = "1", max = "1530")
        int maxLength() default SmsSegmentsResource.MAX_LENGTH;

        @AttributeDefinition(name = "Sender name", description = "Shown to the recipient instead of a number (up to 11 letters or digits)")
        String senderName() default "Centrala";

        @AttributeDefinition(name = "Gateway password", description = "Of the account at the SMS gateway", type = org.osgi.service.metatype.annotations.AttributeType.PASSWORD)
        String gatewayPassword() default "";
    }

    private volatile Config config;

    @Activate
    @Modified
    void configure(Config changed) {
        this.config = changed;
    }

    int maxLength() {
        return config.maxLength();
    }
}
