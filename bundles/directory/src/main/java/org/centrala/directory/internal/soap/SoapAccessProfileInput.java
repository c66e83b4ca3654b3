package org.centrala.directory.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.centrala.web.soap.Enumeration;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "accessProfileInput")
public class SoapAccessProfileInput {
    @XmlElement(required = true)
    public String name;
    @XmlElement(name = "function")
    public List<String> functions = new ArrayList<>();
    @XmlElement(required = true)
    @Enumeration(org.centrala.common.DataScope.class)
    public String scope;
    @XmlElement(name = "departmentId")
    public List<String> departmentIds = new ArrayList<>();
}
