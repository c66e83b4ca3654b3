package org.centrala.recording.internal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.centrala.common.NotFoundException;
import org.centrala.common.Page;
import org.centrala.recording.internal.Recording;
import org.centrala.recording.internal.RecordingStore;
import org.centrala.recording.internal.Storage;
import org.centrala.web.Allow;
import org.centrala.web.Audience;
import org.centrala.web.CallerSecurityContext;
import org.centrala.web.Paging;
import org.centrala.web.RestResource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;

/**
 * A tenant's call recordings (issue 12): who may read a call record may read its recordings (R6:
 * back-office users' for administrators only; R18: supervisors their departments' contact-centre
 * users'); the audio as recorded, with HTTP ranges so that a browser's audio element can seek.
 */
@Path("tenants/{tenantId}/recordings")
@Tag(name = "Recordings")
@Component(service = RestResource.class, scope = ServiceScope.PROTOTYPE)
public class RecordingResource implements RestResource {
    static final String WAV = "audio/wav";
    private final RecordingStore recordings;
    @Context
    private SecurityContext security;

    @Activate
    public RecordingResource(@Reference RecordingStore recordings) {
        this.recordings = recordings;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @ApiResponse(responseCode = "200", description = "a page of recordings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecordingPage.class)))
    @Operation(operationId = "listRecordings", summary = "Recordings started in [from, to), newest first")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR})
    public Page<Recording> list(@PathParam("tenantId") String tenantId,
                                @QueryParam("userId") @Parameter(description = "only this user's recordings") String userId,
                                @QueryParam("callId") @Parameter(description = "only the recordings of this call record") String callId,
                                @QueryParam("from") @Parameter(description = "ISO-8601 instant, inclusive") String from,
                                @QueryParam("to") @Parameter(description = "ISO-8601 instant, exclusive") String to,
                                @QueryParam("page") String page, @QueryParam("size") String size,
                                @QueryParam("sort") @Parameter(description = "startedAt (default, desc), sizeBytes") String sort) {
        return recordings.find(Scopes.of(CallerSecurityContext.of(security), tenantId, userId, callId, from, to),
                Paging.request(page, size, sort == null || sort.isBlank() ? "startedAt,desc" : sort));
    }

    @GET
    @Path("storage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRecordingStorage", summary = "What the tenant's recordings take: count and bytes by state,"
            + " the oldest one's start")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.TECHNICIAN})
    public Storage storage(@PathParam("tenantId") String tenantId) {
        return recordings.storage(tenantId);
    }

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getRecording", summary = "One recording: its call, state, length and pauses")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR})
    public Recording get(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        return recordings.get(Scopes.of(CallerSecurityContext.of(security), tenantId), id);
    }

    @GET
    @Path("{id}/audio")
    @Produces(WAV)
    @ApiResponse(responseCode = "200", description = "the whole recording as the PBX wrote it",
            content = @Content(mediaType = WAV, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = "the byte range asked for (Range: bytes=first-last)",
            content = @Content(mediaType = WAV, schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "the recording has no audio: its file is MISSING, UNREADABLE or"
            + " OUTSIDE_SPOOL (the detail says where the node looked)")
    @ApiResponse(responseCode = "416", description = "the range starts beyond the file; Content-Range gives its length")
    @Operation(operationId = "getRecordingAudio", summary = "The recording's audio (WAV as recorded), with HTTP ranges for"
            + " seeking; download=true asks the browser to save it")
    @Allow({Audience.RESELLER_ADMIN, Audience.TENANT_ADMIN, Audience.DEVELOPER, Audience.SUPERVISOR})
    public Response audio(@PathParam("tenantId") String tenantId, @PathParam("id") String id,
                          @HeaderParam("Range") @Parameter(description = "bytes=first-last, bytes=first- or bytes=-suffix") String range,
                          @QueryParam("download") @Parameter(description = "true: as an attachment") String download) {
        java.nio.file.Path file = recordings.audio(Scopes.of(CallerSecurityContext.of(security), tenantId), id);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new NotFoundException("Recording audio", id);
        }
        Optional<ByteRange> part;
        try {
            part = ByteRange.of(range, size);
        } catch (ByteRange.Unsatisfiable e) {
            throw new javax.ws.rs.WebApplicationException(Response.status(416).header("Content-Range", "bytes */" + e.size).build());
        }
        long first = part.map(ByteRange::first).orElse(0L);
        long length = part.map(ByteRange::length).orElse(size);
        Response.ResponseBuilder answer = Response.status(part.isPresent() ? 206 : 200).type(WAV)
                .header("Accept-Ranges", "bytes").header("Content-Length", length)
                .header("Content-Disposition", ("true".equalsIgnoreCase(download) ? "attachment" : "inline")
                        + "; filename=\"recording-" + id.replaceAll("[^A-Za-z0-9-]", "") + ".wav\"")
                .entity((StreamingOutput) out -> copy(file, first, length, out));
        part.ifPresent(p -> answer.header("Content-Range", "bytes " + p.first() + "-" + p.last() + "/" + size));
        return answer.build();
    }

    @DELETE
    @Path("{id}")
    @ApiResponse(responseCode = "204", description = "the recording and its file are deleted; audited")
    @ApiResponse(responseCode = "409", description = "its file could not be deleted, so the recording is kept")
    @Operation(operationId = "deleteRecording", summary = "Delete a recording before its retention ends (file and metadata);"
            + " audited")
    @Allow({Audience.TENANT_ADMIN})
    public Response delete(@PathParam("tenantId") String tenantId, @PathParam("id") String id) {
        recordings.delete(Scopes.of(CallerSecurityContext.of(security), tenantId), id);
        return Response.noContent().build();
    }

    private static void copy(java.nio.file.Path file, long first, long length, OutputStream out) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, java.nio.file.LinkOption.NOFOLLOW_LINKS);
             InputStream in = Channels.newInputStream(channel.position(first))) {
            byte[] buffer = new byte[16 * 1024];
            long left = length;
            while (left > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                left -= read;
            }
        } catch (NoSuchFileException e) {
            throw new IOException("the recording's file went away while it was read", e);
        }
    }
}
