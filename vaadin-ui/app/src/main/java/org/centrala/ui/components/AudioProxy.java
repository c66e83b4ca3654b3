package org.centrala.ui.components;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.util.List;

import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import org.centrala.ui.core.SignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Audio of the core (a recording) for a browser's audio element, as the signed-in user: the
 * browser's Range goes to the core and the core's 200 or 206 comes back with its Content-Range,
 * so the player can seek without loading the whole file. The browser never sees the core or the
 * user's token; the UI only passes bytes through.
 */
public final class AudioProxy implements DownloadHandler {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(AudioProxy.class);
    private static final List<String> PASSED = List.of("Content-Type", "Content-Length", "Content-Range", "Accept-Ranges");

    private final SignedIn signedIn;
    private final String pathAndQuery;

    public AudioProxy(SignedIn signedIn, String pathAndQuery) {
        this.signedIn = signedIn;
        this.pathAndQuery = pathAndQuery;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        HttpResponse<InputStream> answer;
        try {
            answer = signedIn.fetch(pathAndQuery, event.getRequest().getHeader("Range"));
        } catch (IOException e) {
            LOG.debug("Audio not fetched from the core: {}", e.toString());
            event.getResponse().setStatus(502);
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            event.getResponse().setStatus(503);
            return;
        }
        event.getResponse().setStatus(answer.statusCode());
        for (String header : PASSED) {
            answer.headers().firstValue(header).ifPresent(value -> event.getResponse().setHeader(header, value));
        }
        event.getResponse().setHeader("Cache-Control", "private, no-store");
        try (InputStream body = answer.body(); OutputStream out = event.getResponse().getOutputStream()) {
            body.transferTo(out);
        } catch (IOException e) {
            // The player moved on (a seek closes the request it no longer needs): nothing is wrong.
            LOG.debug("Audio stream ended early: {}", e.toString());
        }
    }
}
