package org.centrala.rest.internal.soap;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;

/** The PBX record as clients send it; amiSecret is write-only and optional on update. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "pbxInput")
public class SoapPbxInput {
    public String host;
    public Integer amiPort;
    public String amiUser;
    public String amiSecret;
    public String agiContext;
}
