package org.centrala.web.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/**
 * The detail of every Centrala SOAP fault: the same problem type, HTTP-like status and field
 * errors that the REST API puts in its problem documents.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "faultInfo")
public class FaultInfo {
    public String type;
    public int status;
    public String message;
    @XmlElement(name = "fieldError")
    public List<SoapFieldError> fieldErrors = new ArrayList<>();
}
