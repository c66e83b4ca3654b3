package org.centrala.provisioning.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Centrala PBX provisioning",
        description = "Writes tenants' devices, queues and dialplan entry into Asterisk configuration files of Centrala's own (issue 11)")
public @interface ProvisioningConfig {
    @AttributeDefinition(description = "Write the tenants' configuration to their PBX (the AMI user needs write = config)")
    boolean enabled() default true;

    @AttributeDefinition(required = false, description = "Where the PBX reaches Centrala's FastAGI routing, as the dialplan's AGI()"
            + " argument (agi://host:port/route); empty: the FastAGI server's address and port (etc/org.centrala.pbx.agi.cfg),"
            + " 127.0.0.1 if it listens on every address")
    String agiUrl() default "";

    @AttributeDefinition(description = "Digest realm of the endpoints' auths (their md5_cred is computed for it)")
    String realm() default "centrala";

    @AttributeDefinition(description = "Codecs the endpoints allow, in order")
    String codecs() default "ulaw,alaw";

    @AttributeDefinition(description = "PJSIP transport for the endpoints; empty lets Asterisk choose")
    String transport() default "";

    @AttributeDefinition(description = "How often Centrala's own changes are looked for and written (seconds; reads only the database)")
    long checkSeconds() default 5;

    @AttributeDefinition(description = "How often the PBX's files are read back to detect drift (seconds)")
    long driftCheckSeconds() default 300;
}
