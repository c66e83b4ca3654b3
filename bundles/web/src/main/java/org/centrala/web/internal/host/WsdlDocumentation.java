package org.centrala.web.internal.host;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.util.HashMap;
import java.util.Map;

import org.apache.cxf.endpoint.Server;
import org.apache.cxf.service.invoker.MethodDispatcher;
import org.apache.cxf.service.model.BindingOperationInfo;
import org.apache.cxf.service.model.EndpointInfo;
import org.apache.cxf.service.model.OperationInfo;
import org.centrala.web.RestResource;
import org.centrala.web.soap.Documentation;
import org.osgi.framework.Bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Documents each operation of a published SOAP service in its WSDL (issue 9): with the operation's
 * {@link Documentation}, or else with the summary of the REST operation of the same operationId
 * that its bundle ships, which the SOAP services mirror.
 */
final class WsdlDocumentation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private WsdlDocumentation() {
    }

    static void describe(Server server, Bundle bundle) {
        Map<String, String> summaries = restSummaries(bundle);
        EndpointInfo endpoint = server.getEndpoint().getEndpointInfo();
        MethodDispatcher methods = (MethodDispatcher) server.getEndpoint().getService().get(MethodDispatcher.class.getName());
        for (BindingOperationInfo binding : endpoint.getBinding().getOperations()) {
            OperationInfo operation = binding.getOperationInfo();
            Method method = methods == null ? null : methods.getMethod(binding);
            Documentation own = method == null ? null : method.getAnnotation(Documentation.class);
            String text = own != null ? own.value() : summaries.get(operation.getName().getLocalPart());
            if (text != null) {
                operation.setDocumentation(text);
            }
        }
    }

    /** operationId to summary, from the OpenAPI part the bundle generated from its REST resources. */
    private static Map<String, String> restSummaries(Bundle bundle) {
        Map<String, String> summaries = new HashMap<>();
        URL part = bundle == null ? null : bundle.getEntry(RestResource.OPENAPI_ENTRY);
        if (part == null) {
            return summaries;
        }
        try (InputStream in = part.openStream()) {
            JSON.readTree(in).path("paths").forEach(path -> path.forEach(operation -> {
                JsonNode id = operation.path("operationId");
                if (id.isTextual() && operation.path("summary").isTextual()) {
                    summaries.put(id.asText(), operation.path("summary").asText());
                }
            }));
        } catch (IOException e) {
            // A part that cannot be read leaves the WSDL without those texts; the REST host says why.
        }
        return summaries;
    }
}
