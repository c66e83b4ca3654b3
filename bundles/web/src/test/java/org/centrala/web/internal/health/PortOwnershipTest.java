package org.centrala.web.internal.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Issue 11, item 7: telling this node's listening ports from another program's. */
public class PortOwnershipTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void aListeningSocketIsThisProcesssWhenOneOfItsDescriptorsIsThatSocket() throws IOException {
        Path proc = folder.getRoot().toPath();
        Files.createDirectories(proc.resolve("net"));
        Files.createDirectories(proc.resolve("self/fd"));
        Files.write(proc.resolve("net/tcp"), List.of(
                "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode",
                "   0: 0100007F:1FF5 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4711 1",
                "   1: 0100007F:1FA5 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 4712 1",
                "   2: 0100007F:1F90 0100007F:C350 01 00000000:00000000 00:00000000 00000000  1000        0 4713 1"));
        Files.createSymbolicLink(proc.resolve("self/fd/7"), Path.of("socket:[4711]"));
        Files.createSymbolicLink(proc.resolve("self/fd/8"), Path.of("/dev/null"));
        PortOwnership ownership = new PortOwnership(proc);

        assertThat(ownership.of(8181)).isEqualTo(PortOwnership.Owner.THIS_PROCESS);
        assertThat(ownership.of(8101)).isEqualTo(PortOwnership.Owner.ANOTHER_PROGRAM);
        assertThat(ownership.of(8080)).as("only connected, not listening").isEqualTo(PortOwnership.Owner.NOBODY);
        assertThat(new PortOwnership(proc.resolve("missing")).of(8181)).isEqualTo(PortOwnership.Owner.UNKNOWN);
    }

    @Test
    public void onLinuxASocketThisJvmListensOnIsItsOwn() throws IOException {
        Assume.assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")));
        try (ServerSocket socket = new ServerSocket(0)) {
            assertThat(PortOwnership.ofThisHost().of(socket.getLocalPort())).isEqualTo(PortOwnership.Owner.THIS_PROCESS);
        }
    }
}
