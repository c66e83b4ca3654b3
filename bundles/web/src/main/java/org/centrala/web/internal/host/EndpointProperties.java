package org.centrala.web.internal.host;

import java.util.HashMap;
import java.util.Map;

import org.apache.cxf.logging.FaultListener;
import org.apache.cxf.staxutils.StaxUtils;

/** The CXF endpoint settings every server generation of the REST and SOAP hosts gets. */
final class EndpointProperties {
    /** The most XML a SOAP request may hold; no operation comes near it. */
    static final long MAX_XML_CHARACTERS = 1_048_576;
    private static final int MAX_XML_TEXT_LENGTH = 65_536;

    private EndpointProperties() {
    }

    static Map<String, Object> rest() {
        Map<String, Object> properties = common();
        // A body sent without Content-Type is read as JSON (a 400 if it is not) instead of as
        // application/octet-stream, which no resource reads and CXF logs as an ERROR.
        properties.put("default.content.type", "application/json");
        return properties;
    }

    static Map<String, Object> soap() {
        Map<String, Object> properties = common();
        properties.put(StaxUtils.MAX_XML_CHARACTERS, MAX_XML_CHARACTERS);
        properties.put(StaxUtils.MAX_TEXT_LENGTH, MAX_XML_TEXT_LENGTH);
        return properties;
    }

    private static Map<String, Object> common() {
        Map<String, Object> properties = new HashMap<>();
        properties.put(FaultListener.class.getName(), new ClientFaultListener());
        return properties;
    }
}
