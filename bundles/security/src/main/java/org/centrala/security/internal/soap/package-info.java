/** The SOAP front end of passwords, reseller administrators and API tokens. */
@XmlSchema(namespace = AdminSoapService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.centrala.security.internal.soap;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
