/** The SOAP front end of users, devices, licences and billing: the same operations and rules as the REST API. */
@XmlSchema(namespace = DirectorySoapService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.centrala.rest.internal.soap.directory;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
