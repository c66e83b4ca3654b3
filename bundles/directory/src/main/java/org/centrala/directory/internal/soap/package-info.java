/** The SOAP front end of users, devices, licences and billing: the same operations and rules as the REST API. */
@XmlSchema(namespace = DirectorySoapService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.centrala.directory.internal.soap;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
