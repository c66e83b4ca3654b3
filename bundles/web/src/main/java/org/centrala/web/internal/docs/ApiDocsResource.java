package org.centrala.web.internal.docs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Enumeration;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Response;

import org.centrala.common.NotFoundException;
import org.centrala.web.PublicResource;
import org.centrala.web.RestResource;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;

import io.swagger.v3.oas.annotations.Hidden;

/**
 * Swagger UI at {@code /api/v1/docs}, over the node's own OpenAPI document, from the files of the
 * swagger-ui webjar that the web bundle embeds: it works offline, and like the document it is
 * public (every operation it tries asks for credentials). Only the files listed here are served.
 */
@Path("docs")
@PublicResource
@Hidden
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class ApiDocsResource implements RestResource {
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui";
    /** Swagger UI's own files, as released; the page and its start script are Centrala's. */
    private static final Map<String, String> FILES = Map.of(
            "swagger-ui-bundle.js", "application/javascript",
            "swagger-ui-standalone-preset.js", "application/javascript",
            "swagger-ui.css", "text/css",
            "index.css", "text/css",
            "favicon-32x32.png", "image/png",
            "swagger-ui-bundle.js.LICENSE.txt", "text/plain");

    @GET
    public Response page() {
        return file(ApiDocsResource.class.getResourceAsStream("index.html"), "text/html; charset=UTF-8");
    }

    @GET
    @Path("{file}")
    public Response asset(@PathParam("file") String name) {
        if (name.equals("start.js")) {
            return file(ApiDocsResource.class.getResourceAsStream("start.js"), "application/javascript");
        }
        String type = FILES.get(name);
        if (type == null) {
            throw new NotFoundException("File", name);
        }
        return file(webjarFile(name), type);
    }

    private static Response file(InputStream in, String type) {
        if (in == null) {
            throw new IllegalStateException("a file of the API documentation is missing from the web bundle");
        }
        // Unchanged until the bundle is: the browser may keep it for a day.
        return Response.ok(in, type).header("Cache-Control", "public, max-age=86400").build();
    }

    /** A file of the embedded webjar, whatever its version folder is called. */
    private static InputStream webjarFile(String name) {
        Enumeration<URL> found = FrameworkUtil.getBundle(ApiDocsResource.class).findEntries(WEBJAR, name, true);
        if (found == null || !found.hasMoreElements()) {
            return null;
        }
        try {
            return found.nextElement().openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
