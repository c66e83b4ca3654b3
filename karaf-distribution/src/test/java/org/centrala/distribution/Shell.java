package org.centrala.distribution;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;

/** Runs a shell command inside the container and returns what it printed. */
final class Shell {
    private Shell() {
    }

    /** @throws AssertionError with the command's error message if it fails */
    static String run(SessionFactory sessionFactory, String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessionFactory.create(new ByteArrayInputStream(new byte[0]), out, out);
        try {
            String name = command.split(" ")[0].substring("centrala:".length());
            Poll.until("command " + name, Duration.ofSeconds(30), () -> session.getRegistry().getCommand("centrala", name) != null);
            session.execute(command);
            out.flush();
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            throw new AssertionError("shell command failed: " + command + ": " + e.getMessage(), e);
        } finally {
            session.close();
        }
    }
}
