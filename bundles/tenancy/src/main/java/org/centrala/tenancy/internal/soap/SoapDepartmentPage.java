package org.centrala.tenancy.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "departmentPage")
public class SoapDepartmentPage {
    @XmlElement(name = "department")
    public List<SoapDepartment> items = new ArrayList<>();
    public long page;
    public long size;
    public long total;
}
