/** The SOAP front end (JAX-WS): the same operations as the REST API, for partners that integrate through a WSDL. */
@XmlSchema(namespace = TenancySoapService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.centrala.tenancy.internal.soap;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
