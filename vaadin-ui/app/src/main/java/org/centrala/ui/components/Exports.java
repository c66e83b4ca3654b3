package org.centrala.ui.components;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import org.centrala.ui.core.SignedIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A link that downloads an export of the core (CSV), streamed through the UI as the signed-in
 * user. The browser shows the download's progress and the page stays usable meanwhile: the export
 * travels on a request of its own, not on the page's.
 */
public final class Exports {
    private static final Logger LOG = LoggerFactory.getLogger(Exports.class);

    private Exports() {
    }

    /** @param pathAndQuery asked when clicked, so that it carries the filters set by then */
    public static Anchor link(String id, String text, String fileName, SignedIn signedIn, Supplier<String> pathAndQuery) {
        DownloadHandler handler = DownloadHandler.fromInputStream(event -> {
            try {
                SignedIn.Export export = signedIn.export(pathAndQuery.get());
                if (export.status() != 200) {
                    export.body().close();
                    LOG.debug("Export refused by the core: {}", export.status());
                    return DownloadResponse.error(export.status());
                }
                InputStream body = export.body();
                return new DownloadResponse(body, fileName, export.contentType(), -1);
            } catch (IOException e) {
                LOG.debug("Export failed: {}", e.toString());
                return DownloadResponse.error(502);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return DownloadResponse.error(503);
            }
        });
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(" " + text);
        anchor.setId(id);
        return anchor;
    }
}
