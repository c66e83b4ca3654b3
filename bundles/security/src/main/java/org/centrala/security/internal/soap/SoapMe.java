package org.centrala.security.internal.soap;

import java.util.ArrayList;
import java.util.List;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.centrala.security.Me;
import org.centrala.web.soap.Enumeration;

/** The answer of whoAmI: the REST API's {@code GET /me}, flattened; absent parts are left out. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "me")
public class SoapMe {
    @Enumeration(org.centrala.common.CallerKind.class)
    public String kind;
    public String username;
    public String resellerId;
    public String resellerName;
    public String tenantId;
    public String tenantName;
    public String userId;
    public String displayName;
    public String departmentId;
    public String accessProfileId;
    @XmlElement(name = "role")
    @Enumeration(org.centrala.common.AccessRole.class)
    public List<String> roles = new ArrayList<>();
    @XmlElement(name = "function")
    public List<String> functions = new ArrayList<>();
    @Enumeration(org.centrala.common.DataScope.class)
    public String scope;
    @XmlElement(name = "scopeDepartmentId")
    public List<String> scopeDepartmentIds = new ArrayList<>();

    static SoapMe of(Me me) {
        SoapMe soap = new SoapMe();
        soap.kind = me.kind().name();
        soap.username = me.username();
        if (me.reseller() != null) {
            soap.resellerId = me.reseller().id();
            soap.resellerName = me.reseller().name();
        }
        if (me.tenant() != null) {
            soap.tenantId = me.tenant().id();
            soap.tenantName = me.tenant().name();
        }
        if (me.user() != null) {
            soap.userId = me.user().id();
            soap.displayName = me.user().displayName();
            soap.departmentId = me.user().departmentId();
            soap.accessProfileId = me.user().accessProfileId();
        }
        me.roles().stream().map(Enum::name).sorted().forEach(soap.roles::add);
        me.functions().stream().sorted().forEach(soap.functions::add);
        soap.scope = me.scope().name();
        me.departmentIds().stream().sorted().forEach(soap.scopeDepartmentIds::add);
        return soap;
    }
}
