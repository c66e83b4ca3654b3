package org.centrala.security.internal.soap;

import java.util.Date;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "apiToken")
public class SoapApiToken {
    public String id;
    public String name;
    public Date createdAt;
    public Date expiresAt;
    public Date revokedAt;
}
