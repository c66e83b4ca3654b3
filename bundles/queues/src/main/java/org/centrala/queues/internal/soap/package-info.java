/** The SOAP front end of agents: the same operations, rules and scope as the REST API. */
@XmlSchema(namespace = AgentSoapService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.centrala.queues.internal.soap;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
