package org.centrala.tenancy.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** A tenant's PBX record as reads show it: never with the AMI secret (R2). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "pbx")
public class SoapPbx {
    public String host;
    public long amiPort;
    public String amiUser;
    /** The dialplan context of the tenant's calls (its endpoints' context). */
    public String dialplanContext;
    /** The former name of dialplanContext, the same value; read dialplanContext. */
    public String agiContext;
    /** The PJSIP endpoint for external numbers (issue 11); absent: none. */
    public String trunk;
}
