package org.centrala.web.internal.host;

import java.beans.Introspector;
import java.lang.reflect.Field;
import java.util.Set;

import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

import org.apache.cxf.databinding.DataBinding;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxb.JAXBDataBinding;
import org.apache.cxf.service.Service;
import org.apache.cxf.service.model.SchemaInfo;
import org.apache.cxf.service.model.ServiceInfo;
import org.apache.ws.commons.schema.XmlSchema;
import org.apache.ws.commons.schema.XmlSchemaComplexType;
import org.apache.ws.commons.schema.XmlSchemaElement;
import org.apache.ws.commons.schema.XmlSchemaEnumerationFacet;
import org.apache.ws.commons.schema.XmlSchemaSequence;
import org.apache.ws.commons.schema.XmlSchemaSequenceMember;
import org.apache.ws.commons.schema.XmlSchemaSimpleType;
import org.apache.ws.commons.schema.XmlSchemaSimpleTypeRestriction;
import org.apache.ws.commons.schema.constants.Constants;
import org.centrala.web.soap.Enumeration;

/**
 * Declares in a published service's schema the values of every text field marked
 * {@link Enumeration} (issue 9: enumerations for fixed values in the WSDLs). JAXB describes such a
 * field as {@code xs:string}; this gives it a simple type of its enum's constants instead.
 */
final class WsdlEnumerations {
    private WsdlEnumerations() {
    }

    static void declare(Server server) {
        Service service = server.getEndpoint().getService();
        DataBinding binding = service.getDataBinding();
        if (!(binding instanceof JAXBDataBinding jaxb)) {
            return;
        }
        Set<Class<?>> classes = jaxb.getContextClasses();
        for (ServiceInfo info : service.getServiceInfos()) {
            for (Class<?> type : classes) {
                XmlType xmlType = type.getAnnotation(XmlType.class);
                javax.xml.bind.annotation.XmlSchema packageSchema = type.getPackage() == null ? null
                        : type.getPackage().getAnnotation(javax.xml.bind.annotation.XmlSchema.class);
                if (xmlType == null || packageSchema == null) {
                    continue;
                }
                for (Field field : type.getDeclaredFields()) {
                    Enumeration values = field.getAnnotation(Enumeration.class);
                    if (values != null) {
                        restrict(info, packageSchema.namespace(), xmlType.name(), elementName(field), values.value());
                    }
                }
            }
        }
    }

    private static String elementName(Field field) {
        XmlElement element = field.getAnnotation(XmlElement.class);
        return element != null && !"##default".equals(element.name()) ? element.name() : field.getName();
    }

    private static void restrict(ServiceInfo info, String namespace, String typeName, String elementName, Class<? extends Enum<?>> values) {
        SchemaInfo schemaInfo = info.getSchema(namespace);
        if (schemaInfo == null) {
            return;
        }
        XmlSchema schema = schemaInfo.getSchema();
        if (!(schema.getTypeByName(typeName) instanceof XmlSchemaComplexType complex)
                || !(complex.getParticle() instanceof XmlSchemaSequence sequence)) {
            return;
        }
        String simpleName = Introspector.decapitalize(values.getSimpleName());
        XmlSchemaSimpleType simple = schema.getTypeByName(simpleName) instanceof XmlSchemaSimpleType known ? known : simpleType(schema, simpleName, values);
        for (XmlSchemaSequenceMember member : sequence.getItems()) {
            if (member instanceof XmlSchemaElement element && elementName.equals(element.getName())) {
                element.setSchemaTypeName(simple.getQName());
                element.setSchemaType(simple);
            }
        }
        schemaInfo.setElement(null); // the WSDL is written from the schema again, with the new type
    }

    private static XmlSchemaSimpleType simpleType(XmlSchema schema, String name, Class<? extends Enum<?>> values) {
        XmlSchemaSimpleType simple = new XmlSchemaSimpleType(schema, true);
        simple.setName(name);
        XmlSchemaSimpleTypeRestriction restriction = new XmlSchemaSimpleTypeRestriction();
        restriction.setBaseTypeName(Constants.XSD_STRING);
        for (Enum<?> constant : values.getEnumConstants()) {
            restriction.getFacets().add(new XmlSchemaEnumerationFacet(constant.name(), false));
        }
        simple.setContent(restriction);
        return simple;
    }
}
