package org.centrala.web.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.centrala.web.PublicResource;

import io.swagger.v3.oas.annotations.Hidden;

/** Serves the OpenAPI 3 document of the resources that the current server generation serves. */
@Path("openapi.json")
@Hidden
@PublicResource
public class OpenApiResource {
    private final byte[] document;

    public OpenApiResource(byte[] document) {
        this.document = document;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public byte[] get() {
        return document.clone();
    }
}
