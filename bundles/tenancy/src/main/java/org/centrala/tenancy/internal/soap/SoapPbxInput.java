package org.centrala.tenancy.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** The PBX record as clients send it; amiSecret is write-only and optional on update. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "pbxInput")
public class SoapPbxInput {
    @XmlElement(required = true)
    public String host;
    /** A long, so that a value beyond int range is refused instead of silently wrapping (JAXB does not check). */
    @XmlElement(required = true)
    public Long amiPort;
    @XmlElement(required = true)
    public String amiUser;
    public String amiSecret;
    /** The dialplan context of the tenant's calls (its endpoints' context); required unless agiContext is sent. */
    public String dialplanContext;
    /** The former name of dialplanContext: still accepted alone or with the same value. */
    public String agiContext;
    /** The PJSIP endpoint for external numbers (issue 11); absent: none. */
    public String trunk;
}
