/** The SOAP front end of users, access profiles, devices, ring plans and lines: the same operations and rules as the REST API. */
@XmlSchema(namespace = DirectorySoapService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.centrala.directory.internal.soap;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
