/**
 * Helpers for SOAP endpoints published through {@link org.centrala.web.SoapEndpoint}: the caller
 * of an operation and its access check, and the {@code centralaFault} that carries a domain error's
 * type, status and fields.
 */
@Export
@Version("1.4.0")
@XmlSchema(namespace = SoapFaults.NAMESPACE, elementFormDefault = XmlNsForm.QUALIFIED)
package org.centrala.web.soap;

import javax.xml.bind.annotation.XmlNsForm;
import javax.xml.bind.annotation.XmlSchema;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
