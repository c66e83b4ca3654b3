/** The SOAP front end of the audit log (R9): the same queries and rules as the REST API. */
@XmlSchema(namespace = AuditSoapService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.centrala.audit.internal.soap;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
