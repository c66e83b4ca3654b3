/** The SOAP front end of licences, device packs, prices and billing (R13-R17): the same operations and rules as the REST API. */
@XmlSchema(namespace = LicensingSoapService.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.centrala.licensing.internal.soap;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;
