package org.centrala.security.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "newApiToken")
public class SoapNewApiToken {
    public SoapApiToken apiToken;
    /** Shown in this answer only. */
    public String token;
}
