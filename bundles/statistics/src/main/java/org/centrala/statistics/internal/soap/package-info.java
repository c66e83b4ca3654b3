/** The SOAP front end of the statistics' reports: the same rules and scope as the REST API. */
@XmlSchema(namespace = StatisticsSoapService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.centrala.statistics.internal.soap;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
