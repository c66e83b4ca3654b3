package org.centrala.directory.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ringPlan")
public class SoapRingPlan {
    public String userId;
    @XmlElement(name = "step")
    public List<SoapRingStep> steps = new ArrayList<>();
    public boolean stored;
    /** When the stored plan was set (its version: send it as expectedUpdatedAt); absent for the default. */
    public java.util.Date updatedAt;
}
