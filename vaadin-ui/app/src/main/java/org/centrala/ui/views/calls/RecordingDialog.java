package org.centrala.ui.views.calls;

import java.time.Duration;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.dom.Element;

import org.centrala.ui.client.api.RecordingsApi;
import org.centrala.ui.client.model.Recording;
import org.centrala.ui.client.model.RecordingPause;
import org.centrala.ui.client.model.RecordingState;
import org.centrala.ui.components.AudioProxy;
import org.centrala.ui.components.Exports;
import org.centrala.ui.components.Problems;
import org.centrala.ui.components.Texts;
import org.centrala.ui.core.SignedIn;

/**
 * A call's recording (issue 12): the browser's own audio player, fed through the UI with HTTP
 * ranges so that it seeks; the pauses (a card payment) marked on a bar of the recording's length
 * and listed; a download. A recording whose file is not there says why, from its state.
 */
final class RecordingDialog extends Dialog {
    private static final long serialVersionUID = 1L;

    RecordingDialog(SignedIn signedIn, String tenantId, String recordingId) {
        setHeaderTitle(Texts.t("recording.title"));
        setWidth("36rem");
        VerticalLayout body = new VerticalLayout();
        body.setPadding(false);
        add(body);
        Recording recording = Problems.attempt(() -> signedIn.api(RecordingsApi.class, RecordingsApi::new)
                .getRecording(tenantId, recordingId)).orElse(null);
        Button close = new Button(Texts.t("action.close"), click -> close());
        close.setId("recording-close");
        getFooter().add(close);
        if (recording == null) {
            return;
        }
        Span state = new Span(Texts.t("recording.state." + recording.getState().getValue())
                + (recording.getStateDetail() == null ? "" : ": " + recording.getStateDetail()));
        state.setId("recording-state");
        body.add(state);
        if (recording.getState() != RecordingState.AVAILABLE) {
            return;
        }
        String audio = "/tenants/" + tenantId + "/recordings/" + recordingId + "/audio";
        Element player = new Element("audio");
        player.setAttribute("controls", true);
        player.setAttribute("preload", "metadata");
        player.setAttribute("id", "recording-player");
        player.getStyle().set("width", "100%");
        player.setAttribute("src", new AudioProxy(signedIn, audio));
        Div holder = new Div();
        holder.setWidthFull();
        holder.getElement().appendChild(player);
        body.add(holder, pauses(recording), Exports.link("recording-download", Texts.t("recording.download"),
                "recording-" + recordingId + ".wav", signedIn, () -> audio + "?download=true"));
    }

    /** The recording as a bar, its pauses shaded at their place, and each pause in words. */
    private static Div pauses(Recording recording) {
        long length = recording.getDurationMillis() == null ? 0 : recording.getDurationMillis();
        StringBuilder bar = new StringBuilder("<div id=\"recording-timeline\" style=\"position:relative;height:10px;"
                + "background:var(--lumo-primary-color-50pct);border-radius:3px\">");
        StringBuilder words = new StringBuilder();
        int n = 0;
        for (RecordingPause pause : recording.getPauses()) {
            long from = pause.getFromMillis() == null ? 0 : pause.getFromMillis();
            long to = pause.getToMillis() == null ? length : pause.getToMillis();
            if (length > 0) {
                double left = Math.min(100, 100.0 * from / length);
                double width = Math.max(0.5, Math.min(100 - left, 100.0 * (to - from) / length));
                bar.append(String.format(java.util.Locale.ROOT, "<span class=\"recording-gap\" title=\"%s\" style=\"position:absolute;"
                        + "left:%.2f%%;width:%.2f%%;top:0;bottom:0;background:var(--lumo-error-color)\"></span>",
                        Texts.t("recording.paused"), left, width));
            }
            words.append(n++ == 0 ? "" : ", ").append(clock(from)).append("–").append(clock(to));
        }
        bar.append("</div>");
        Div box = new Div(new Html(bar.toString()));
        box.setWidthFull();
        Span listed = new Span(n == 0 ? Texts.t("recording.noPauses") : Texts.t("recording.pauses") + " " + words);
        listed.setId("recording-pauses");
        box.add(listed);
        return box;
    }

    /** m:ss.t, as a player shows a position. */
    static String clock(long millis) {
        Duration d = Duration.ofMillis(millis);
        return String.format(java.util.Locale.ROOT, "%d:%02d.%d", d.toMinutes(), d.toSecondsPart(), d.toMillisPart() / 100);
    }
}
