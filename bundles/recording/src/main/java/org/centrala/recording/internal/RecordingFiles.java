package org.centrala.recording.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The recordings' files on this node: found through the spool folder configured for their PBX
 * (or Asterisk's own folder, for a node on the PBX's machine), read as audio by the JDK's
 * javax.sound, deleted by retention. Nothing outside a spool folder is read or deleted.
 */
@Component(service = RecordingFiles.class)
public class RecordingFiles {
    private final List<SpoolFolder> folders = new CopyOnWriteArrayList<>();

    /**
     * The spool folder of that PBX: its configuration, else, for a PBX on this very machine, Asterisk's
     * own folder. A remote PBX without one has none: its files could be taken for a local PBX's.
     */
    Optional<SpoolFolder> folderOf(String pbxHost, int pbxPort) {
        Optional<SpoolFolder> configured = folders.stream().filter(f -> f.serves(pbxHost, pbxPort)).findFirst();
        if (configured.isPresent() || !onThisMachine(pbxHost)) {
            return configured;
        }
        return Optional.of(new SpoolFolder(pbxHost, pbxPort, Path.of(SpoolFolder.ASTERISK_DEFAULT),
                Path.of(SpoolFolder.ASTERISK_DEFAULT)));
    }

    private static boolean onThisMachine(String host) {
        try {
            java.net.InetAddress address = java.net.InetAddress.getByName(host);
            return address.isLoopbackAddress() || java.net.NetworkInterface.getByInetAddress(address) != null;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** The file on this node, or why there is none to read. */
    Located locate(String pbxHost, int pbxPort, String pbxFile) {
        if (pbxFile == null || pbxFile.isBlank()) {
            return new Located(null, null, FileFacts.not(RecordingState.OUTSIDE_SPOOL, "the PBX did not name the file"));
        }
        Optional<SpoolFolder> configured = folderOf(pbxHost, pbxPort);
        if (configured.isEmpty()) {
            return new Located(null, null, FileFacts.not(RecordingState.OUTSIDE_SPOOL, "no spool folder is configured for the PBX "
                    + pbxHost + ":" + pbxPort + "; see etc/org.centrala.recording.spool-*.cfg"));
        }
        SpoolFolder folder = configured.get();
        Optional<Path> file;
        try {
            file = folder.onNode(pbxFile);
        } catch (java.nio.file.InvalidPathException e) {
            file = Optional.empty();
        }
        if (file.isEmpty()) {
            return new Located(null, null, FileFacts.not(RecordingState.OUTSIDE_SPOOL, "the PBX wrote it outside its spool"
                    + " folder (" + folder + "); see etc/org.centrala.recording.spool-*.cfg"));
        }
        return new Located(file.get(), folder.nodeFolder(), null);
    }

    /** Looks at the file: AVAILABLE with its facts, or the state that says why not. Never throws for a file's trouble. */
    FileFacts check(Located located) {
        if (located.refused() != null) {
            return located.refused();
        }
        Path file = located.file();
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(located.spoolFolder().toRealPath())) {
                return FileFacts.not(RecordingState.OUTSIDE_SPOOL, "the file links outside the spool folder");
            }
            long size = Files.size(real);
            AudioFileFormat format = AudioSystem.getAudioFileFormat(real.toFile());
            long frames = format.getFrameLength();
            float rate = format.getFormat().getFrameRate();
            Long millis = frames > 0 && rate > 0 ? (long) (frames * 1000.0 / rate) : null;
            return new FileFacts(RecordingState.AVAILABLE, null, size, millis, describe(format));
        } catch (NoSuchFileException e) {
            return FileFacts.not(RecordingState.MISSING, "not found on this node at " + file);
        } catch (AccessDeniedException e) {
            return FileFacts.not(RecordingState.UNREADABLE, "this node may not read " + file);
        } catch (UnsupportedAudioFileException e) {
            return FileFacts.not(RecordingState.UNREADABLE, "not a WAV file Centrala can read: " + file);
        } catch (IOException | RuntimeException e) {
            // javax.sound may fail on a damaged header with any exception: the file is unreadable, nothing more.
            return FileFacts.not(RecordingState.UNREADABLE, "could not be read: " + e);
        }
    }

    private static String describe(AudioFileFormat format) {
        javax.sound.sampled.AudioFormat audio = format.getFormat();
        return format.getType() + " " + audio.getEncoding() + " " + audio.getSampleRate() + " Hz, " + audio.getSampleSizeInBits()
                + " bit, " + (audio.getChannels() == 1 ? "mono" : audio.getChannels() + " channels");
    }

    /**
     * The file to read, as its real path, if it is still inside the spool folder (a link swapped in
     * since it was looked at, or a linked folder on the way, leads nowhere).
     */
    Optional<Path> confined(Located located) {
        if (located.file() == null) {
            return Optional.empty();
        }
        try {
            Path real = located.file().toRealPath();
            return real.startsWith(located.spoolFolder().toRealPath()) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes the file if it is there, never outside the spool folder: its folder must lie inside
     * it, and a link is deleted itself, not what it leads to.
     *
     * @return whether a file was deleted
     * @throws IOException when it is there and cannot be deleted, or lies outside the spool folder
     */
    boolean delete(Located located) throws IOException {
        if (located.file() == null) {
            return false;
        }
        Path folder;
        try {
            folder = located.file().getParent().toRealPath();
        } catch (java.nio.file.NoSuchFileException e) {
            return false;
        }
        if (!folder.startsWith(located.spoolFolder().toRealPath())) {
            throw new IOException("the file's folder lies outside the spool folder: " + located.file());
        }
        return Files.deleteIfExists(folder.resolve(located.file().getFileName()));
    }

    /** A recording's file on this node, or the facts that say why there is none. */
    record Located(Path file, Path spoolFolder, FileFacts refused) {
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindFolder(SpoolFolder folder) {
        folders.add(folder);
    }

    void unbindFolder(SpoolFolder folder) {
        folders.remove(folder);
    }
}
