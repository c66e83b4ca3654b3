package org.centrala.testpbx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Recordings as Asterisk 20's app_mixmonitor makes them: MixMonitor on a channel sets
 * {@code MIXMONITOR_FILENAME} to the absolute file (a relative one lies under the monitor spool
 * folder, whose directories it creates) and raises MixMonitorStart; MixMonitorMute raises
 * MixMonitorMute; the recording ends with the channel (no MixMonitorStop unless StopMixMonitor).
 * When a folder is set, the file is really written when the channel hangs up: 8 kHz 16-bit mono
 * PCM (Asterisk's {@code .wav}), a quiet tone, silent where the recording was muted, at most
 * {@link #LONGEST} long. Clock thread only.
 */
final class MixMonitors {
    private static final System.Logger LOG = System.getLogger(MixMonitors.class.getName());
    /** Asterisk's default astspooldir/monitor, named when no folder is set (nothing is written then). */
    static final String DEFAULT_FOLDER = "/var/spool/asterisk/monitor";
    private static final int RATE = 8000;
    private static final long LONGEST = 5 * 60 * 1000;

    private final Map<String, Running> byChannel = new HashMap<>();
    private Path folder;

    private static final class Running {
        final String file;
        final long startMillis;
        final List<long[]> mutes = new ArrayList<>();
        long mutedSince = -1;

        Running(String file, long startMillis) {
            this.file = file;
            this.startMillis = startMillis;
        }
    }

    /** Where the files are written; null: named under /var/spool/asterisk/monitor, not written. */
    void folder(Path folder) {
        this.folder = folder;
    }

    /** MixMonitor(file): the absolute file the PBX names, or null when the name is refused. */
    String start(Simulator sim, SimChannel channel, String file) {
        if (file == null || file.isBlank() || file.contains("..")) {
            return null;
        }
        String absolute = file.startsWith("/") ? file : (folder == null ? DEFAULT_FOLDER : folder.toString()) + "/" + file;
        byChannel.put(channel.name, new Running(absolute, System.currentTimeMillis()));
        sim.varSet(channel, "MIXMONITOR_FILENAME", absolute);
        sim.mixMonitorStart(channel);
        return absolute;
    }

    /** The file the channel's MixMonitor writes (MIXMONITOR_FILENAME), or null. */
    String fileOf(String channelName) {
        Running running = byChannel.get(channelName);
        return running == null ? null : running.file;
    }

    /**
     * MixMonitorMute on a channel: false when it has no MixMonitor. (Asterisk refuses a channel
     * without any audio hook and acknowledges one with other hooks; the test PBX refuses both.)
     */
    boolean mute(Simulator sim, SimChannel channel, boolean muted, String direction) {
        Running running = byChannel.get(channel.name);
        if (running == null) {
            return false;
        }
        long now = System.currentTimeMillis();
        if (muted && running.mutedSince < 0) {
            running.mutedSince = now;
        } else if (!muted && running.mutedSince >= 0) {
            running.mutes.add(new long[] {running.mutedSince, now});
            running.mutedSince = -1;
        }
        sim.mixMonitorMute(channel, direction, muted);
        return true;
    }

    /** The channel hung up: its recording ends and its file is written. */
    void hungUp(SimChannel channel) {
        Running running = byChannel.remove(channel.name);
        if (running == null || folder == null) {
            return;
        }
        long end = System.currentTimeMillis();
        if (running.mutedSince >= 0) {
            running.mutes.add(new long[] {running.mutedSince, end});
        }
        try {
            write(Path.of(running.file), running, Math.min(end - running.startMillis, LONGEST));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Recording {0} not written: {1}", running.file, e.toString());
        }
    }

    private static void write(Path file, Running running, long millis) throws IOException {
        Files.createDirectories(file.getParent());
        int samples = (int) (millis * RATE / 1000);
        ByteBuffer data = ByteBuffer.allocate(44 + samples * 2).order(ByteOrder.LITTLE_ENDIAN);
        data.put("RIFF".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(36 + samples * 2)
                .put("WAVEfmt ".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1)
                .putShort((short) 1).putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).putInt(samples * 2);
        for (int i = 0; i < samples; i++) {
            long at = running.startMillis + (long) i * 1000 / RATE;
            boolean muted = running.mutes.stream().anyMatch(m -> at >= m[0] && at < m[1]);
            data.putShort(muted ? 0 : (short) (2000 * Math.sin(2 * Math.PI * 440 * i / RATE)));
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(data.array());
        }
    }
}
