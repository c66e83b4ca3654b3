package org.centrala.directory.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.centrala.web.soap.Enumeration;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "userInput")
public class SoapUserInput {
    @XmlElement(required = true)
    @Enumeration(org.centrala.directory.UserType.class)
    public String type;
    public String departmentId;
    @XmlElement(required = true)
    public String displayName;
    public String email;
    public String username;
    /** The internal number colleagues dial (issue 11). */
    public String extension;
    @XmlElement(name = "role")
    @Enumeration(org.centrala.common.AccessRole.class)
    public List<String> roles = new ArrayList<>();
    public String accessProfileId;
}
