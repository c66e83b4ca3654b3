package org.centrala.plugins.internal.web;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.PATCH;
import org.centrala.web.MergePatch;
import com.fasterxml.jackson.databind.JsonNode;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.centrala.plugins.internal.PluginCatalogue;
import org.centrala.plugins.internal.PluginView;
import org.centrala.web.Allow;
import org.centrala.web.Bodies;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The node's plugins and their settings, for its operators: settings are rendered from each
 * plugin's configuration metadata and written to Config Admin, which applies them at once.
 */
@Path("plugins")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plugins")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class PluginResource implements RestResource {
    private final PluginCatalogue plugins;

    @Activate
    public PluginResource(@Reference PluginCatalogue plugins) {
        this.plugins = plugins;
    }

    @GET
    @Allow({})
    @Operation(operationId = "listPlugins", summary = "The installed plugins, each with its settings as its metatype describes them"
            + " and the values set now (passwords are never shown)")
    public List<PluginView> list() {
        return plugins.list();
    }

    @GET
    @Path("{symbolicName}")
    @Allow({})
    @Operation(operationId = "getPlugin", summary = "One installed plugin and its settings")
    public PluginView get(@PathParam("symbolicName") String symbolicName) {
        return plugins.get(symbolicName);
    }

    @PUT
    @Path("{symbolicName}/settings/{pid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Allow({})
    @Operation(operationId = "updatePluginSettings", summary = "Change some settings of one configuration of a plugin; applied without"
            + " a restart. Each value is checked against the plugin's metatype; an empty text brings the default back")
    public PluginView update(@PathParam("symbolicName") String symbolicName, @PathParam("pid") String pid, SettingsUpdate body) {
        SettingsUpdate update = Bodies.required(body);
        if (update.values() == null) {
            throw new org.centrala.common.ValidationException("values", "is required");
        }
        return plugins.update(symbolicName, pid, update.values());
    }

    @PATCH
    @Path("{symbolicName}/settings/{pid}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Allow({})
    @Operation(operationId = "patchPluginSettings", summary = "Change some settings of one configuration of a plugin (JSON Merge Patch,"
            + " RFC 7396: an object of attribute ids; a value sets, null brings the default back, what is not sent stays); applied"
            + " without a restart; each value is checked against the plugin's metatype")
    public PluginView patch(@PathParam("symbolicName") String symbolicName, @PathParam("pid") String pid, JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new org.centrala.common.ValidationException("body", "must be a JSON object of attribute ids and values");
        }
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        java.util.Iterator<java.util.Map.Entry<String, JsonNode>> fields = patch.fields();
        while (fields.hasNext()) {
            java.util.Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isContainerNode()) {
                throw new org.centrala.common.ValidationException(field.getKey(), "must be a text, a number, true, false or null");
            }
            // As in the PUT, an empty text removes the value; in a merge patch that is what null says.
            values.put(field.getKey(), value.isNull() ? "" : value.asText());
        }
        return plugins.update(symbolicName, pid, values);
    }
}
