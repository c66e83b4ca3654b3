package org.centrala.directory.internal.soap;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.centrala.web.soap.Enumeration;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "user")
public class SoapUser {
    public String id;
    public String tenantId;
    public String departmentId;
    @Enumeration(org.centrala.directory.UserType.class)
    public String type;
    public String displayName;
    public String email;
    public String username;
    /** The internal number colleagues dial (issue 11). */
    public String extension;
    @XmlElement(name = "role")
    @Enumeration(org.centrala.common.AccessRole.class)
    public List<String> roles = new ArrayList<>();
    public String accessProfileId;
    @XmlElement(name = "channel")
    public List<String> channels = new ArrayList<>();
    public Date leftAt;
    /** Set once its personal data was erased; its name is then a pseudonym. */
    public Date erasedAt;
    public Date createdAt;
    public Date updatedAt;
}
