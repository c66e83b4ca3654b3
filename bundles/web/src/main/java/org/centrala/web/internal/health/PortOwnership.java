package org.centrala.web.internal.health;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who listens on a TCP port: this JVM, another program, or nobody. Read from Linux's
 * {@code /proc/net/tcp{,6}} (the listening sockets and their inodes) and {@code /proc/self/fd}
 * (the sockets this process holds); elsewhere the answer is {@link Owner#UNKNOWN}.
 */
final class PortOwnership {
    enum Owner {
        THIS_PROCESS, ANOTHER_PROGRAM, NOBODY, UNKNOWN
    }

    private static final String LISTEN = "0A";
    private final Path proc;

    PortOwnership(Path proc) {
        this.proc = proc;
    }

    static PortOwnership ofThisHost() {
        return new PortOwnership(Path.of("/proc"));
    }

    Owner of(int port) {
        if (!Files.isReadable(proc.resolve("net/tcp"))) {
            return Owner.UNKNOWN;
        }
        try {
            Set<String> listening = new HashSet<>();
            for (String table : List.of("net/tcp", "net/tcp6")) {
                Path file = proc.resolve(table);
                if (Files.isReadable(file)) {
                    listening.addAll(listeningInodes(Files.readAllLines(file), port));
                }
            }
            if (listening.isEmpty()) {
                return Owner.NOBODY;
            }
            return ownSockets().stream().anyMatch(listening::contains) ? Owner.THIS_PROCESS : Owner.ANOTHER_PROGRAM;
        } catch (IOException e) {
            return Owner.UNKNOWN;
        }
    }

    /** Lines "sl local_address rem_address st ... inode": the inodes of sockets listening on the port. */
    static Set<String> listeningInodes(List<String> lines, int port) {
        String hexPort = String.format(Locale.ROOT, ":%04X", port);
        Set<String> inodes = new HashSet<>();
        for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length > 9 && fields[1].endsWith(hexPort) && LISTEN.equals(fields[3])) {
                inodes.add(fields[9]);
            }
        }
        return inodes;
    }

    private Set<String> ownSockets() throws IOException {
        Set<String> inodes = new HashSet<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("self/fd"))) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(target.substring(8, target.length() - 1));
                    }
                } catch (IOException e) {
                    // Closed while listing.
                }
            }
        }
        return inodes;
    }
}
